package org.incasso.common;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key (a client address), in memory: up to {@code permits} at once, refilled
 * evenly over {@code period}. Exact integer arithmetic in milli-tokens (one permit costs the
 * period's milliseconds, each millisecond refills {@code permits}). Per application instance:
 * behind a load balancer with n instances a client gets at most n times the limit.
 */
public final class RateLimiter {

    // beyond this many tracked keys, buckets that have refilled completely are dropped
    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final long permits;
    private final long cost;
    private final long capacity;
    private final Clock clock;
    private volatile long lastSweep = Long.MIN_VALUE / 2;

    public RateLimiter(long permits, Duration period, Clock clock) {
        if (permits < 1) {
            throw new IllegalArgumentException("a rate limit needs at least one permit per period");
        }
        this.permits = permits;
        this.cost = period.toMillis();
        this.capacity = permits * cost;
        this.clock = clock;
    }

    /** Takes one permit from the key's bucket or throws {@link RateLimitedException} with the wait. */
    public void acquire(String key) {
        long now = clock.millis();
        if (buckets.size() > MAX_TRACKED && now - lastSweep >= cost) {
            // at most once a period: a sweep that frees nothing must not cost every request a full scan
            lastSweep = now;
            buckets.values().removeIf(bucket -> bucket.refilled(now).level() >= capacity);
        }
        Bucket bucket = buckets.compute(key, (k, old) -> old == null
                ? new Bucket(capacity - cost, now, true)
                : old.refilled(now).take());
        if (!bucket.granted()) {
            long waitMillis = (cost - bucket.level() + permits - 1) / permits;
            throw new RateLimitedException(Duration.ofMillis(waitMillis));
        }
    }

    private final class Bucket {

        private final long level;
        private final long at;
        private final boolean granted;

        Bucket(long level, long at, boolean granted) {
            this.level = level;
            this.at = at;
            this.granted = granted;
        }

        long level() {
            return level;
        }

        boolean granted() {
            return granted;
        }

        Bucket refilled(long now) {
            // one period refills an empty bucket completely; capping the time keeps the product small
            long elapsed = Math.clamp(now - at, 0, cost);
            return new Bucket(Math.min(capacity, level + elapsed * permits), now, granted);
        }

        Bucket take() {
            return level >= cost ? new Bucket(level - cost, at, true) : new Bucket(level, at, false);
        }
    }
}
