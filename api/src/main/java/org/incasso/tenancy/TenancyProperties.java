package org.incasso.tenancy;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param defaultTenant slug of the tenant that serves public pages on host names no tenant claims
 */
@ConfigurationProperties("incasso.tenancy")
public record TenancyProperties(@Nullable String defaultTenant) {
}
