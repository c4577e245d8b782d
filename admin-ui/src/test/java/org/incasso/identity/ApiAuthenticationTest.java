package org.incasso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.testing.DemoData.*;

import java.util.Map;
import org.incasso.testing.Api;
import org.incasso.testing.ApplicationTest;
import org.incasso.testing.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Who may call the API: real Keycloak tokens over HTTP and WebSocket. */
@ApplicationTest
class ApiAuthenticationTest {

    @ParameterizedTest
    @CsvSource({
        "nl-admin@example.com, ADMIN, nl", "nl-specialist@example.com, SPECIALIST, nl",
        "nl-creditor@example.com, CREDITOR, nl", "nl-partner@example.com, PARTNER, nl",
        "uk-admin@example.com, ADMIN, uk", "uk-creditor@example.com, CREDITOR, uk"})
    void everyRoleSeesItselfInItsOwnTenant(String user, String role, String tenantSlug) {
        Api.as(user).documentName("me").execute()
                .path("me.roles").entityList(String.class).contains(role)
                .path("me.email").entity(String.class).isEqualTo(user)
                .path("me.tenant.slug").entity(String.class).isEqualTo(tenantSlug);
    }

    @Test
    void creditorUsersCarryTheirCreditorAndPartnersTheirPartner() {
        Api.as(NL_CREDITOR_USER).documentName("me").execute()
                .path("me.creditorId").entity(String.class).isEqualTo(NL_CREDITOR);
        Api.as(NL_PARTNER).documentName("me").execute()
                .path("me.partnerId").entity(String.class).isEqualTo("a0000000-0000-4000-8000-000000000101");
    }

    /** Anonymous GraphQL requests pass the HTTP layer (for the public quote); every other field refuses them. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"{ me { id } }", "{ creditors { totalCount } }",
        "{ debtors { totalCount } }", "{ claims { totalCount } }", "{ feeScheduleVersions { validFrom } }",
        "{ interestRates(country: \"NL\") { name } }"})
    void aRequestWithoutTokenIsUnauthorizedForProtectedFields(String query) {
        post(null, query).expectStatus().isOk().expectBody()
                .jsonPath("$.data").doesNotExist()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("UNAUTHORIZED");
    }

    @Test
    void theRestApiStillRequiresAToken() {
        Api.client().baseUrl(TestStack.get().appUrl() + "/api/documents/" + java.util.UUID.randomUUID()).build()
                .get().exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aTokenWithoutTenantIsRefusedWithAClearReason() {
        post(TestStack.get().token(NO_TENANT_USER)).expectStatus().isUnauthorized()
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE,
                        value -> assertThat(value).contains("no tenant_id"));
    }

    @Test
    void aTokenForAnUnknownTenantIsRefusedWithAClearReason() {
        post(TestStack.get().token(UNKNOWN_TENANT_USER)).expectStatus().isUnauthorized()
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE,
                        value -> assertThat(value).contains("no known tenant"));
    }

    @Test
    void aForgedTokenIsRefused() {
        String token = TestStack.get().token(NL_ADMIN);
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        post(forged).expectStatus().isUnauthorized();
    }

    @Test
    void webSocketConnectionsAuthenticateWithTheTokenInConnectionInit() {
        webSocket(UK_SPECIALIST).documentName("me").execute()
                .path("me.tenant.slug").entity(String.class).isEqualTo("uk");
    }

    @Test
    void webSocketOperationsWithoutTokenAreUnauthorized() {
        webSocket(null).documentName("me").execute()
                .errors().satisfy(errors -> assertThat(errors).anySatisfy(
                        error -> assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED")));
    }

    private static org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec post(String token) {
        return post(token, "{ me { id } }");
    }

    private static org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec post(String token,
            String query) {
        var request = Api.client().build().post().contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", query));
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.exchange();
    }

    private static WebSocketGraphQlTester webSocket(String user) {
        return Api.webSocket(TestStack.get().appUrl(), user);
    }

}
