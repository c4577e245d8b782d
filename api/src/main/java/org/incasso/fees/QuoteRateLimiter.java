package org.incasso.fees;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.incasso.common.RateLimitedException;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client address, in memory: up to {@code requestsPerMinute} at once, refilled
 * evenly over a minute. Exact integer arithmetic in milli-tokens (one request costs one minute's
 * worth of milliseconds, each millisecond refills {@code requestsPerMinute}). Per application
 * instance: behind a load balancer with n instances a client gets at most n times the limit,
 * which is fine for keeping the free quote from being scraped.
 */
@Component
class QuoteRateLimiter {

    private static final long COST = Duration.ofMinutes(1).toMillis();
    // beyond this many tracked clients, buckets that have refilled completely are dropped
    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final long perMinute;
    private final long capacity;
    private final Clock clock;

    QuoteRateLimiter(QuoteProperties properties, Optional<Clock> clock) {
        this.perMinute = properties.requestsPerMinute();
        this.capacity = perMinute * COST;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Takes one request from the client's bucket or throws {@link RateLimitedException}. */
    void acquire(String client) {
        long now = clock.millis();
        if (buckets.size() > MAX_TRACKED) {
            buckets.values().removeIf(bucket -> bucket.refilled(now, perMinute, capacity).level() >= capacity);
        }
        Bucket bucket = buckets.compute(client, (key, old) -> old == null
                ? new Bucket(capacity - COST, now, true)
                : old.refilled(now, perMinute, capacity).take());
        if (!bucket.granted()) {
            long waitMillis = (COST - bucket.level() + perMinute - 1) / perMinute;
            throw new RateLimitedException(Duration.ofMillis(waitMillis));
        }
    }

    private record Bucket(long level, long at, boolean granted) {

        Bucket refilled(long now, long perMinute, long capacity) {
            // a minute refills an empty bucket completely; capping the time keeps the product small
            long elapsed = Math.clamp(now - at, 0, COST);
            return new Bucket(Math.min(capacity, level + elapsed * perMinute), now, granted);
        }

        Bucket take() {
            return level >= COST ? new Bucket(level - COST, at, true) : new Bucket(level, at, false);
        }
    }
}
