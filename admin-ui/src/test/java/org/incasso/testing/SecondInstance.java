package org.incasso.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A second application instance on the same database, in its own JVM (as in production: two
 * stateless nodes). A second Spring application in the test JVM would share static state
 * (security context propagation) with the first, so it runs as a separate process.
 */
public final class SecondInstance implements AutoCloseable {

    private final Process process;
    private final int port;

    private SecondInstance(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static SecondInstance start() {
        return start(Map.of());
    }

    /** Starts it with these Spring properties over the test stack's (e.g. to tell its mails apart). */
    public static SecondInstance start(Map<String, ?> overrides) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.incasso.IncassoApplication"));
        var properties = new java.util.HashMap<>(TestStack.get().springProperties());
        properties.putAll(overrides);
        properties.put("server.port", port);
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            File log = Files.createDirectories(Path.of("target")).resolve("second-instance.log").toFile();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
            SecondInstance instance = new SecondInstance(process, port);
            instance.awaitReady();
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://localhost:" + port;
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The second instance exited; see target/second-instance.log");
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url() + "/graphiql")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() < 500) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        close();
        throw new IllegalStateException("The second instance did not start within 90 s; see target/second-instance.log");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
