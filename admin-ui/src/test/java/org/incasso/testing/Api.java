package org.incasso.testing;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** GraphQL over HTTP against the running application, as a demo user with a real Keycloak token. */
public final class Api {

    private Api() {
    }

    public static HttpGraphQlTester as(String username) {
        return withToken(TestStack.get().token(username));
    }

    public static HttpGraphQlTester withToken(String token) {
        return HttpGraphQlTester.create(client().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build());
    }

    /** GraphQL over WebSocket (graphql-transport-ws) with the token in connection_init. */
    public static org.springframework.graphql.test.tester.WebSocketGraphQlTester webSocket(String baseUrl,
            @org.jspecify.annotations.Nullable String username) {
        String url = baseUrl.replace("http", "ws") + "/graphql";
        var builder = org.springframework.graphql.test.tester.WebSocketGraphQlTester
                .builder(url, new org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient())
                .responseTimeout(java.time.Duration.ofSeconds(20));
        if (username != null) {
            String token = TestStack.get().token(username);
            builder.interceptor(new org.springframework.graphql.client.WebSocketGraphQlClientInterceptor() {
                @Override
                public reactor.core.publisher.Mono<Object> connectionInitPayload() {
                    return reactor.core.publisher.Mono.just(java.util.Map.of("Authorization", "Bearer " + token));
                }
            });
        }
        return builder.build();
    }

    /**
     * GraphQL over HTTP without a token, as a public page would call it: sent to {@code host} (the
     * tenant is chosen by host name) on behalf of {@code clientAddress}, which the test client
     * passes as {@code X-Forwarded-For} (the application trusts local proxies).
     */
    public static HttpGraphQlTester anonymous(String host, String clientAddress) {
        String url = TestStack.get().appUrl() + "/graphql";
        WebTestClient.Builder builder = WebTestClient.bindToServer().defaultHeader("X-Forwarded-For", clientAddress);
        if ("localhost".equals(host) || "127.0.0.1".equals(host)) {
            builder.baseUrl(url.replace("localhost", host));
        } else {
            builder.baseUrl(url).defaultHeader(HttpHeaders.HOST, host);
        }
        return HttpGraphQlTester.create(builder.build());
    }

    /** {@link #anonymous(String, String)} from a client address of its own, so no rate limit is shared. */
    public static HttpGraphQlTester anonymous(String host) {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return anonymous(host, "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255));
    }

    public static WebTestClient.Builder client() {
        return WebTestClient.bindToServer().baseUrl(TestStack.get().appUrl() + "/graphql");
    }
}
