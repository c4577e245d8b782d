package org.incasso.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's own Keycloak client (service account with the realm-management roles
 * view-users, query-users and manage-users).
 *
 * @param issuer the realm issuer, e.g. {@code http://localhost:8180/realms/incasso}
 */
@ConfigurationProperties("incasso.keycloak")
public record KeycloakProperties(String issuer, @DefaultValue("incasso-backend") String backendClientId,
        @DefaultValue("incasso-backend-secret") String backendClientSecret) {

    /** {@code http://host/realms/incasso} → {@code http://host/admin/realms/incasso}. */
    public String adminRealmUrl() {
        int realms = issuer.indexOf("/realms/");
        return issuer.substring(0, realms) + "/admin" + issuer.substring(realms);
    }
}
