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

    public static WebTestClient.Builder client() {
        return WebTestClient.bindToServer().baseUrl(TestStack.get().appUrl() + "/graphql");
    }
}
