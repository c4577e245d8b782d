package org.incasso.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param appUrl base URL of the UI, for the links in e-mails
 * @param from sender address
 * @param pollInterval how often the worker looks for work
 * @param maxAttempts after this many failed attempts a notification is marked FAILED
 * @param maxBackoff longest wait between two attempts
 */
@ConfigurationProperties("incasso.notifications")
public record NotificationsProperties(@DefaultValue("http://localhost:8080") String appUrl,
        @DefaultValue("no-reply@incasso.test") String from, @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("20") int maxAttempts, @DefaultValue("10m") Duration maxBackoff) {

    /** Exponential back-off: 2, 4, 8, ... seconds, at most {@code maxBackoff}. */
    public Duration backoff(int attempts) {
        long seconds = 1L << Math.min(attempts, 20);
        return Duration.ofSeconds(seconds).compareTo(maxBackoff) > 0 ? maxBackoff : Duration.ofSeconds(seconds);
    }
}
