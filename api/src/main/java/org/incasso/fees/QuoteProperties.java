package org.incasso.fees;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param requestsPerMinute anonymous quotes one client address may ask for per minute (a token
 *     bucket: bursts up to this number, refilled evenly over the minute)
 */
@ConfigurationProperties("incasso.quote")
public record QuoteProperties(@DefaultValue("30") int requestsPerMinute) {

    public QuoteProperties {
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("incasso.quote.requests-per-minute must be at least 1");
        }
    }
}
