package org.incasso.keycloak;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.UserRepresentation;

/** Admin API helpers for the tests. */
final class TestAdmin {

    private TestAdmin() {}

    static Keycloak client(RunningKeycloak keycloak) {
        return KeycloakBuilder.builder()
                .serverUrl(keycloak.baseUrl())
                .realm("master")
                .clientId("admin-cli")
                .username(keycloak.adminUsername())
                .password(keycloak.adminPassword())
                .build();
    }

    /** Creates an enabled user (username = e-mail) and returns its id. */
    static String createUser(RealmResource realm, String email, Map<String, List<String>> attributes) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setFirstName("Test");
        user.setLastName("User");
        user.setEnabled(true);
        user.setAttributes(attributes);
        try (Response response = realm.users().create(user)) {
            return CreatedResponseUtil.getCreatedId(response);
        }
    }
}
