package org.incasso.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private Instant now = Instant.parse("2026-12-04T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aBurstUpToTheLimitThenOnePermitPerShareOfThePeriod() {
        var limiter = new RateLimiter(3, Duration.ofHours(1), clock);
        limiter.acquire("a");
        limiter.acquire("a");
        limiter.acquire("a");

        assertThatThrownBy(() -> limiter.acquire("a")).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(20)));
        limiter.acquire("b"); // every key has its own bucket

        now = now.plus(Duration.ofMinutes(19));
        assertThatThrownBy(() -> limiter.acquire("a")).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(1)));
        now = now.plus(Duration.ofMinutes(1));
        limiter.acquire("a");
        assertThatThrownBy(() -> limiter.acquire("a")).isInstanceOf(RateLimitedException.class);

        now = now.plus(Duration.ofDays(1)); // never more than the burst
        limiter.acquire("a");
        limiter.acquire("a");
        limiter.acquire("a");
        assertThatThrownBy(() -> limiter.acquire("a")).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void atLeastOnePermit() {
        assertThatThrownBy(() -> new RateLimiter(0, Duration.ofMinutes(1), clock))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
