package org.incasso.fees;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.incasso.common.RateLimiter;
import org.springframework.stereotype.Component;

/**
 * The anonymous quotes one client address may ask for: {@code requestsPerMinute} at once, refilled
 * evenly over a minute (per application instance; enough to keep the free quote from being scraped).
 */
@Component
class QuoteRateLimiter {

    private final RateLimiter limiter;

    QuoteRateLimiter(QuoteProperties properties, Optional<Clock> clock) {
        this.limiter = new RateLimiter(properties.requestsPerMinute(), Duration.ofMinutes(1),
                clock.orElse(Clock.systemUTC()));
    }

    /** Takes one request from the client's bucket or throws {@link org.incasso.common.RateLimitedException}. */
    void acquire(String client) {
        limiter.acquire(client);
    }
}
