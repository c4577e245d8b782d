package org.incasso.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Small helpers around the {@code kc.sh} child processes: environment, ports, stopping, logs. */
final class KeycloakProcesses {

    /**
     * Inherited variables that {@code kc.sh} or Keycloak would pick up. A developer's shell may have
     * them set for another Keycloak; they must not change how our instance is built or started.
     */
    private static final List<String> FOREIGN_PREFIXES =
            List.of("KC_", "KEYCLOAK_", "QUARKUS_", "JAVA_OPTS", "JAVA_ADD_OPENS", "JAVA_LOCALE");

    private static final List<String> FOREIGN_NAMES = List.of("JAVA", "DEBUG", "DEBUG_PORT", "DEBUG_SUSPEND", "PRINT_ENV");

    private KeycloakProcesses() {}

    /** A process builder for {@code kc.sh} running on the given JDK, with a cleaned environment. */
    static ProcessBuilder processBuilder(List<String> command, Path javaHome) {
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> FOREIGN_NAMES.contains(name)
                || FOREIGN_PREFIXES.stream().anyMatch(name::startsWith));
        env.put("JAVA_HOME", javaHome.toString());
        return builder;
    }

    /** The JDK of the current JVM: Keycloak runs on the same Java as the tests or the application. */
    static Path currentJavaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    /** A port that is free right now on the loopback interface (0 = let the OS choose). */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    /** Fails fast with a clear message instead of a Keycloak stack trace deep in the log. */
    static void requireFree(int port, String purpose) {
        try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            // free
        } catch (IOException e) {
            throw new IllegalStateException(purpose + " port " + port + " is already in use", e);
        }
    }

    /**
     * Stops {@code kc.sh} and its Java child. SIGTERM to the script is forwarded to the JVM, which
     * shuts down gracefully (H2 closes cleanly); anything still alive after the grace period is killed.
     */
    static void stop(Process process, Duration grace) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        boolean exited = awaitExit(process.toHandle(), grace);
        for (ProcessHandle child : descendants) {
            if (child.isAlive()) {
                child.destroy();
                exited &= awaitExit(child, Duration.ofSeconds(10));
            }
        }
        if (!exited) {
            descendants.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            awaitExit(process.toHandle(), Duration.ofSeconds(5));
        }
    }

    private static boolean awaitExit(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !handle.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        }
    }

    /** The last lines of a log file, for error messages. */
    static String tail(Path log, int lines) {
        try {
            if (!Files.isRegularFile(log)) {
                return "(no log at " + log + ")";
            }
            String[] all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\\R");
            return String.join("\n", Arrays.copyOfRange(all, Math.max(0, all.length - lines), all.length));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }
}
