package org.incasso.registry;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The GLEIF LEI records API as a public company registry.
 *
 * @param enabled off by default: a public page must not depend on an outside service
 * @param baseUrl the API's base URL, {@code /lei-records} is appended
 * @param timeout for connecting and for the whole answer; slower means "no registry results"
 */
@ConfigurationProperties("incasso.registry.gleif")
public record GleifProperties(@DefaultValue("false") boolean enabled,
        @DefaultValue("https://api.gleif.org/api/v1") URI baseUrl, @DefaultValue("2s") Duration timeout) {
}
