package org.incasso.testing;

import java.time.Duration;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.MountableFile;

/**
 * Keycloak as a container with the incasso realm imported, for machines with a Docker engine
 * ({@link TestProvider#TESTCONTAINERS}). The issuer follows the mapped port, so tokens fetched
 * through it carry the issuer the application validates.
 */
final class KeycloakContainer {

    static final String IMAGE = "quay.io/keycloak/keycloak:26.7.3";

    private KeycloakContainer() {
    }

    /** Starts the container (stopped at JVM exit) and returns the realm's issuer URI. */
    @SuppressWarnings("resource")
    static String start(String appUrl, int smtpPort) {
        org.testcontainers.Testcontainers.exposeHostPorts(smtpPort);
        GenericContainer<?> keycloak = new GenericContainer<>(IMAGE)
                .withCopyFileToContainer(MountableFile.forClasspathResource("keycloak/incasso-realm.json"),
                        "/opt/keycloak/data/import/incasso-realm.json")
                .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
                .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")
                .withEnv("INCASSO_APP_URL", appUrl)
                .withEnv("INCASSO_SMTP_HOST", "host.testcontainers.internal")
                .withEnv("INCASSO_SMTP_PORT", String.valueOf(smtpPort))
                .withCommand("start-dev", "--import-realm", "--hostname-strict=false")
                .withExposedPorts(8080)
                .waitingFor(Wait.forHttp("/realms/incasso").forStatusCode(200))
                .withStartupTimeout(Duration.ofMinutes(3));
        keycloak.start();
        Runtime.getRuntime().addShutdownHook(new Thread(keycloak::stop));
        return "http://" + keycloak.getHost() + ":" + keycloak.getMappedPort(8080) + "/realms/incasso";
    }
}
