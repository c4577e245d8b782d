package org.incasso.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.incasso.keycloak.KeycloakLauncher;
import org.incasso.keycloak.RunningKeycloak;
import org.incasso.keycloak.Tokens;

/**
 * The real parts every application test runs against, started once per test JVM: PostgreSQL
 * (migrations + demo tenants, application role under row-level security) and a real Keycloak
 * with the incasso realm in a fresh state. By default both run as local processes (embedded
 * PostgreSQL, the Keycloak launcher); with {@link TestProvider#TESTCONTAINERS} both run as
 * containers where a Docker engine exists.
 */
public final class TestStack {

    public static final String PASSWORD = "demo1234";
    public static final String GRAPHQL_CLIENT = "incasso-graphql";
    public static final int DOCUMENT_MAX_SIZE = 2 * 1024 * 1024;

    private static TestStack instance;

    private final int appPort;
    private final MailServer mail;
    private final String issuerUri;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private TestStack() {
        TestDatabase.jdbcUrl();
        this.appPort = freePort();
        this.mail = new MailServer(freePort());
        this.issuerUri = TestProvider.current() == TestProvider.TESTCONTAINERS
                ? KeycloakContainer.start(appUrl(), mail.port()) : startKeycloakProcess();
        warmUp();
    }

    /** A freshly started Keycloak answers its first requests slowly; tests should not time out on them. */
    private void warmUp() {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (String path : java.util.List.of("/.well-known/openid-configuration", "/protocol/openid-connect/certs")) {
            try {
                http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(issuerUri + path)).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        token(DemoData.NL_ADMIN);
    }

    private String startKeycloakProcess() {
        try {
            Path keycloakData = Files.createTempDirectory("incasso-test-keycloak");
            RunningKeycloak keycloak = KeycloakLauncher.builder()
                    .httpPort(0)
                    .dataDirectory(keycloakData)
                    .appUrl(appUrl())
                    .smtp("127.0.0.1", mail.port(), "no-reply@incasso.test")
                    .start();
            return keycloak.issuerUri();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized TestStack get() {
        if (instance == null) {
            instance = new TestStack();
        }
        return instance;
    }

    public String appUrl() {
        return "http://localhost:" + appPort;
    }

    /** The SMTP server the application and Keycloak send to. */
    public MailServer mail() {
        return mail;
    }

    /** The realm's issuer, e.g. {@code http://localhost:PORT/realms/incasso}. */
    public String issuerUri() {
        return issuerUri;
    }

    /** An access token of a demo user (password grant on the public GraphQL client), cached. */
    public String token(String username) {
        return tokens.computeIfAbsent(username,
                user -> Tokens.passwordGrant(issuerUri, GRAPHQL_CLIENT, user, PASSWORD));
    }

    /** Spring properties pointing the application at this stack. */
    public static final int QUOTE_REQUESTS_PER_MINUTE = 5;
    public static final int SIGN_UPS_PER_HOUR = 5;

    public Map<String, Object> springProperties() {
        Map<String, Object> properties = new HashMap<>(TestDatabase.springProperties());
        properties.put("spring.flyway.locations", "classpath:db/migration,classpath:db/demo");
        properties.put("server.port", appPort);
        properties.put("incasso.oidc.issuer", issuerUri);
        properties.put("incasso.keycloak.issuer", issuerUri);
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", mail.port());
        properties.put("incasso.notifications.app-url", appUrl());
        properties.put("incasso.notifications.poll-interval", "300ms");
        // the development tools overlay (copilot) would sit over the page in browser tests
        properties.put("vaadin.devmode.devTools.enabled", false);
        // a low document limit, so that the oversized-upload tests send 2 MB, not 20 MB
        properties.put("incasso.documents.max-size", DOCUMENT_MAX_SIZE + "B");
        // a small quote rate limit, so that the rate-limit test needs only a few requests
        properties.put("incasso.quote.requests-per-minute", QUOTE_REQUESTS_PER_MINUTE);
        properties.put("incasso.onboarding.sign-ups-per-hour", SIGN_UPS_PER_HOUR);
        return properties;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
