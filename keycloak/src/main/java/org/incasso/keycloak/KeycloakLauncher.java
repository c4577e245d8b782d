package org.incasso.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Starts a real Keycloak server (the official distribution, run by {@code kc.sh}) with the
 * {@code incasso} realm, for local development and integration tests.
 *
 * <pre>{@code
 * try (RunningKeycloak kc = KeycloakLauncher.builder().httpPort(0).dataDirectory(tempDir).start()) {
 *     String token = kc.passwordGrant("incasso-graphql", "nl-admin@example.com", "demo1234");
 * }
 * }</pre>
 */
public final class KeycloakLauncher {

    /** Default HTTP port of {@link KeycloakMain}; tests should prefer {@code 0} (any free port). */
    public static final int DEFAULT_HTTP_PORT = 8180;

    private int httpPort = DEFAULT_HTTP_PORT;
    private int managementPort;
    private @Nullable Path dataDirectory;
    private String appUrl = "http://localhost:8080";
    private String smtpHost = "127.0.0.1";
    private int smtpPort = 2525;
    private String smtpFrom = "no-reply@incasso.test";
    private String adminUsername = "admin";
    private String adminPassword = "admin";
    private Duration startupTimeout = Duration.ofMinutes(3);
    private final Map<String, String> extraEnvironment = new LinkedHashMap<>();

    private KeycloakLauncher() {}

    public static KeycloakLauncher builder() {
        return new KeycloakLauncher();
    }

    /** HTTP port of Keycloak; {@code 0} picks a free one. Default {@value #DEFAULT_HTTP_PORT}. */
    public KeycloakLauncher httpPort(int port) {
        this.httpPort = requirePort(port);
        return this;
    }

    /** Management port (health endpoints); default {@code 0} = a free one. */
    public KeycloakLauncher managementPort(int port) {
        this.managementPort = requirePort(port);
        return this;
    }

    /**
     * Where this instance keeps its state (database, imported realm, log). An empty or new folder
     * means a fresh realm import; an existing one keeps users and changes across restarts.
     * Default: a new temporary folder.
     */
    public KeycloakLauncher dataDirectory(Path directory) {
        this.dataDirectory = directory.toAbsolutePath();
        return this;
    }

    /** Base URL of the Incasso application: redirect URIs, web origins and post-logout URIs of the clients. */
    public KeycloakLauncher appUrl(String url) {
        this.appUrl = stripTrailingSlash(url);
        return this;
    }

    /** Mail server for e-mails of the realm (password reset); applied when the realm is imported. */
    public KeycloakLauncher smtp(String host, int port, String from) {
        this.smtpHost = host;
        this.smtpPort = requirePort(port);
        this.smtpFrom = from;
        return this;
    }

    /** Bootstrap administrator of the master realm; only used when the data directory is new. */
    public KeycloakLauncher admin(String username, String password) {
        this.adminUsername = username;
        this.adminPassword = password;
        return this;
    }

    public KeycloakLauncher startupTimeout(Duration timeout) {
        this.startupTimeout = timeout;
        return this;
    }

    /** An extra environment variable for the Keycloak process, e.g. {@code KC_LOG_LEVEL}. */
    public KeycloakLauncher environment(String name, String value) {
        extraEnvironment.put(name, value);
        return this;
    }

    /**
     * Prepares the shared installation if needed (unzip and {@code kc.sh build}, once per machine),
     * starts Keycloak and blocks until {@code /health/ready} answers UP.
     *
     * @throws IllegalStateException with the tail of the Keycloak log when the start fails or times out
     */
    public RunningKeycloak start() {
        long started = System.nanoTime();
        Path javaHome = KeycloakProcesses.currentJavaHome();
        KeycloakDistribution distribution = KeycloakDistribution.locate();
        distribution.prepare(javaHome);

        int http = httpPort == 0 ? KeycloakProcesses.freePort() : httpPort;
        int management = managementPort == 0 ? KeycloakProcesses.freePort() : managementPort;
        KeycloakProcesses.requireFree(http, "Keycloak HTTP");
        KeycloakProcesses.requireFree(management, "Keycloak management");

        Path directory = dataDirectory != null ? dataDirectory : newTemporaryDirectory();
        DataDirectoryLock lock = DataDirectoryLock.acquire(directory);
        RunningKeycloak keycloak;
        try {
            InstanceDirectory.prepare(directory, distribution.home());
            Path log = directory.resolve("keycloak.log");
            ProcessBuilder builder = KeycloakProcesses.processBuilder(command(distribution, directory, http, management), javaHome)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment());
            keycloak = new RunningKeycloak(
                    startProcess(builder), http, management, directory, log, lock, adminUsername, adminPassword);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        keycloak.awaitReady(startupTimeout); // closes the instance (and the lock) when it fails
        keycloak.startupTime(Duration.ofNanos(System.nanoTime() - started));
        return keycloak;
    }

    private List<String> command(KeycloakDistribution distribution, Path directory, int http, int management) {
        List<String> command = new ArrayList<>();
        command.add(distribution.script().toString());
        command.add("start");
        command.add("--optimized");
        // kc.sh puts its own -Dkc.home.dir first; the JVM keeps the last one (see InstanceDirectory).
        command.add("-Dkc.home.dir=" + directory);
        command.add("--http-enabled=true");
        command.add("--http-host=127.0.0.1"); // development admin credentials: never on the network
        command.add("--http-port=" + http);
        command.add("--http-management-port=" + management);
        // A fixed hostname gives one stable issuer, whichever Host header a client sends.
        command.add("--hostname=http://localhost:" + http);
        command.add("--import-realm");
        return command;
    }

    /** Read by Keycloak (bootstrap admin) and by the realm file's {@code ${NAME:default}} placeholders. */
    private Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", adminUsername);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        env.put("INCASSO_APP_URL", appUrl);
        env.put("INCASSO_SMTP_HOST", smtpHost);
        env.put("INCASSO_SMTP_PORT", Integer.toString(smtpPort));
        env.put("INCASSO_SMTP_FROM", smtpFrom);
        env.putAll(extraEnvironment);
        return env;
    }

    private static Process startProcess(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + builder.command().getFirst(), e);
        }
    }

    private static Path newTemporaryDirectory() {
        try {
            return Files.createTempDirectory("incasso-keycloak-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int requirePort(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Not a port: " + port);
        }
        return port;
    }

    private static String stripTrailingSlash(String url) {
        Objects.requireNonNull(url, "url");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
