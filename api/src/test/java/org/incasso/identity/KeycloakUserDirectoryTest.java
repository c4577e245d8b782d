package org.incasso.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Keycloak out of reach is a typed failure the sign-up can tell its user about, never a half answer. */
class KeycloakUserDirectoryTest {

    @Test
    void anUnreachableKeycloakIsReportedAsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var directory = new KeycloakUserDirectory(new KeycloakProperties(
                "http://127.0.0.1:" + closedPort + "/realms/incasso", "incasso-backend", "secret"));

        assertThatThrownBy(() -> directory.isRegistered("someone@example.com"))
                .isInstanceOf(IdentityProviderUnavailableException.class);
        assertThatThrownBy(() -> directory.createCreditorAccount(new NewCreditorAccount(UUID.randomUUID(),
                UUID.randomUUID(), "someone@example.com", "Geheim-2026!", "Some", "One", Locale.ENGLISH)))
                .isInstanceOf(IdentityProviderUnavailableException.class);
        assertThatThrownBy(() -> directory.deleteUser("some-id"))
                .isInstanceOf(IdentityProviderUnavailableException.class);
    }
}
