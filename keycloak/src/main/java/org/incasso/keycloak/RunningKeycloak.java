package org.incasso.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** A Keycloak process started by {@link KeycloakLauncher}; {@link #close()} stops it. */
public final class RunningKeycloak implements AutoCloseable {

    public static final String REALM = "incasso";

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final Process process;
    private final int httpPort;
    private final int managementPort;
    private final Path dataDirectory;
    private final Path logFile;
    private final DataDirectoryLock lock;
    private final String adminUsername;
    private final String adminPassword;
    private final Thread shutdownHook;
    private @Nullable Duration startupTime;
    private boolean closed;

    RunningKeycloak(Process process, int httpPort, int managementPort, Path dataDirectory, Path logFile,
            DataDirectoryLock lock, String adminUsername, String adminPassword) {
        this.process = process;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.dataDirectory = dataDirectory;
        this.logFile = logFile;
        this.lock = lock;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        // A test JVM that ends without close() (failure, Ctrl-C) must not leave Keycloak running.
        this.shutdownHook = new Thread(this::stopProcess, "keycloak-shutdown-" + process.pid());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** {@code http://localhost:PORT}: the server root (admin console, Admin API client). */
    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** {@code http://localhost:PORT/realms/incasso}: the {@code iss} of every token of the realm. */
    public String issuerUri() {
        return baseUrl() + "/realms/" + REALM;
    }

    public int httpPort() {
        return httpPort;
    }

    public int managementPort() {
        return managementPort;
    }

    /** Administrator of the master realm (user of the Admin API). */
    public String adminUsername() {
        return adminUsername;
    }

    public String adminPassword() {
        return adminPassword;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Output of the Keycloak process (overwritten on each start). */
    public Path logFile() {
        return logFile;
    }

    public long pid() {
        return process.pid();
    }

    /** Time from {@link KeycloakLauncher#start()} until ready, including any unzip and build. */
    public Duration startupTime() {
        return startupTime == null ? Duration.ZERO : startupTime;
    }

    void startupTime(Duration time) {
        this.startupTime = time;
    }

    /** Password grant against this realm; see {@link Tokens#passwordGrant(String, String, String, String)}. */
    public String passwordGrant(String clientId, String username, String password) {
        return Tokens.passwordGrant(issuerUri(), clientId, username, password);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops Keycloak gracefully and waits for the process (and its children) to end. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shutdownInProgress) {
            // the hook runs anyway
        }
        stopProcess();
        lock.close(); // only after the process is gone: it still writes to the database until then
    }

    private void stopProcess() {
        KeycloakProcesses.stop(process, STOP_GRACE);
    }

    /**
     * Polls {@code /health/ready} on the management port. The HTTP port opens earlier and answers
     * 503 while Keycloak still imports the realm, so only the health check means "ready".
     */
    void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw failure("Keycloak exited with code " + process.exitValue() + " during start-up");
                }
                if (isReady(client, request)) {
                    return;
                }
                Thread.sleep(POLL_INTERVAL);
            }
            throw failure("Keycloak was not ready within " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("Interrupted while waiting for Keycloak");
        }
    }

    private static boolean isReady(HttpClient client, HttpRequest request) throws InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    /** Stops the process and describes the failure with the end of the log (which names the cause). */
    private IllegalStateException failure(String message) {
        close();
        return new IllegalStateException(
                message + " (log: " + logFile + "):\n" + KeycloakProcesses.tail(logFile, 60));
    }

    @Override
    public String toString() {
        return "RunningKeycloak[" + baseUrl() + ", pid " + process.pid() + ", data " + dataDirectory + "]";
    }
}
