package org.incasso.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.admin.client.Keycloak;

/**
 * Each instance keeps its state in its own data directory: a second directory gets a fresh realm
 * (even while the first instance runs), and a restart in the same directory keeps the users.
 */
class DataDirectoryTest {

    private static final String USER = "persisted@example.com";

    @TempDir
    Path first;

    @TempDir
    Path second;

    @Test
    void stateStaysInTheDataDirectoryAndSurvivesARestart() {
        try (RunningKeycloak keycloak = start(first)) {
            System.out.println("Keycloak start (fresh data directory): " + keycloak.startupTime().toMillis() + " ms");
            assertThat(Files.isDirectory(first.resolve("data/h2"))).isTrue();
            assertThat(first.resolve("keycloak.log")).isNotEmptyFile();
            assertThatThrownBy(() -> start(first)).hasMessageContaining("in use by another running instance");
            try (Keycloak admin = TestAdmin.client(keycloak)) {
                TestAdmin.createUser(admin.realm(RunningKeycloak.REALM), USER,
                        Map.of("tenant_id", List.of(KeycloakLauncherTest.UK_TENANT)));
            }
            try (RunningKeycloak other = start(second)) {
                System.out.println("Keycloak start (second instance, in parallel): " + other.startupTime().toMillis() + " ms");
                assertThat(usersNamed(other, USER)).isEmpty();
            }
        }

        try (RunningKeycloak restarted = start(first)) {
            System.out.println("Keycloak restart (existing data directory): " + restarted.startupTime().toMillis() + " ms");
            assertThat(usersNamed(restarted, USER)).singleElement()
                    .satisfies(user -> assertThat(user.getAttributes())
                            .containsEntry("tenant_id", List.of(KeycloakLauncherTest.UK_TENANT)));
        }
    }

    private static RunningKeycloak start(Path directory) {
        return KeycloakLauncher.builder().httpPort(0).dataDirectory(directory).start();
    }

    private static List<org.keycloak.representations.idm.UserRepresentation> usersNamed(RunningKeycloak keycloak, String username) {
        try (Keycloak admin = TestAdmin.client(keycloak)) {
            return admin.realm(RunningKeycloak.REALM).users().search(username, true);
        }
    }
}
