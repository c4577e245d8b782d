package org.incasso.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.incasso.common.Address;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The GLEIF adapter against a stub server on 127.0.0.1 answering a hand-written JSON:API body. */
class GleifCompanyRegistryTest {

    private HttpServer server;
    private final AtomicReference<URI> requested = new AtomicReference<>();

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsLegalNameAddressAndLeiOfEveryRecord() throws IOException {
        byte[] body;
        try (InputStream in = getClass().getResourceAsStream("/registry/gleif-lei-records.json")) {
            body = in.readAllBytes();
        }
        start(200, body, Duration.ZERO);

        List<CompanySuggestion> found = registry(Duration.ofSeconds(2)).search("Voorbeeld & Co");

        assertThat(found).containsExactly(
                new CompanySuggestion("Voorbeeld Handel B.V.",
                        new Address("Keizersgracht 1, 2e verdieping", "1015 AA", "Amsterdam", "NL"),
                        CompanySuggestion.Source.REGISTRY, "724500TESTLEI0000001"),
                new CompanySuggestion("Voorbeeld Trading GmbH", new Address("Hauptstraße 5", "10115", "Berlin", "DE"),
                        CompanySuggestion.Source.REGISTRY, "549300TESTLEI0000002"));
        assertThat(requested.get().getPath()).isEqualTo("/api/v1/lei-records");
        assertThat(requested.get().getRawQuery())
                .isEqualTo("filter%5Bentity.legalName%5D=Voorbeeld%20%26%20Co&page%5Bsize%5D=10");
    }

    @Test
    void anErrorStatusIsNoResults() throws IOException {
        start(500, "{\"errors\":[{\"status\":\"500\"}]}".getBytes(), Duration.ZERO);

        assertThat(registry(Duration.ofSeconds(2)).search("Voorbeeld")).isEmpty();
    }

    @Test
    void anAnswerAfterTheTimeoutIsNoResults() throws IOException {
        start(200, "{\"data\":[]}".getBytes(), Duration.ofSeconds(3));

        long started = System.nanoTime();
        assertThat(registry(Duration.ofMillis(300)).search("Voorbeeld")).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void anUnreadableBodyIsNoResults() throws IOException {
        start(200, "<html>maintenance</html>".getBytes(), Duration.ZERO);

        assertThat(registry(Duration.ofSeconds(2)).search("Voorbeeld")).isEmpty();
    }

    @Test
    void anUnreachableRegistryIsNoResults() throws IOException {
        start(200, new byte[0], Duration.ZERO);
        GleifCompanyRegistry registry = registry(Duration.ofSeconds(1));
        server.stop(0);

        assertThat(registry.search("Voorbeeld")).isEmpty();
        server = HttpServer.create(); // so that stop() after the test has something to stop
    }

    private GleifCompanyRegistry registry(Duration timeout) {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/");
        return new GleifCompanyRegistry(new GleifProperties(true, base, timeout));
    }

    private void start(int status, byte[] body, Duration delay) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            requested.set(exchange.getRequestURI());
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/vnd.api+json");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }
}
