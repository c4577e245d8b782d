package org.incasso.onboarding;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a sign-up comes from.
 *
 * @param tenantId the agency serving the host name the wizard was opened on
 * @param clientAddress the visitor's address (forwarded headers of trusted proxies only), for the rate limit
 * @param locale the language of the creditor's e-mails
 */
public record SignUpOrigin(UUID tenantId, @Nullable String clientAddress, Locale locale) {
}
