package org.incasso.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** Starts one real Keycloak in a fresh data directory and checks the realm through tokens and the Admin API. */
class KeycloakLauncherTest {

    static final String NL_TENANT = "7e1a0000-0000-4000-8000-000000000001";
    static final String UK_TENANT = "7e1a0000-0000-4000-8000-000000000002";
    static final String PASSWORD = "demo1234";

    @TempDir
    static Path dataDirectory;

    private static RunningKeycloak keycloak;
    private static Keycloak admin;

    @BeforeAll
    static void start() {
        keycloak = KeycloakLauncher.builder()
                .httpPort(0)
                .dataDirectory(dataDirectory)
                .appUrl("http://localhost:18080/")
                .smtp("127.0.0.1", 2599, "test-sender@incasso.test")
                .start();
        System.out.println("Keycloak start (fresh data directory): " + keycloak.startupTime().toMillis() + " ms");
        admin = TestAdmin.client(keycloak);
    }

    @AfterAll
    static void stop() {
        if (admin != null) {
            admin.close();
        }
        if (keycloak != null) {
            keycloak.close();
            assertThat(keycloak.isAlive()).isFalse();
        }
    }

    @Test
    void creditorTokenCarriesTenantCreditorRoleAudienceAndIssuer() {
        Map<String, Object> claims = Tokens.claims(
                keycloak.passwordGrant("incasso-graphql", "nl-creditor@example.com", PASSWORD));

        assertThat(claims)
                .containsEntry("iss", keycloak.issuerUri())
                .containsEntry("tenant_id", NL_TENANT)
                .containsEntry("creditor_id", "c0000000-0000-4000-8000-000000000101")
                .containsEntry("email", "nl-creditor@example.com")
                .containsEntry("preferred_username", "nl-creditor@example.com")
                .containsEntry("locale", "nl")
                .doesNotContainKey("partner_id");
        assertThat(realmRoles(claims)).containsExactly("CREDITOR");
        assertThat(strings(claims.get("roles"))).containsExactly("CREDITOR");
        assertThat(strings(claims.get("aud"))).contains("incasso-api");
    }

    @Test
    void adminTokenOfTheUkTenant() {
        Map<String, Object> claims = Tokens.claims(
                keycloak.passwordGrant("incasso-graphql", "uk-admin@example.com", PASSWORD));

        assertThat(claims)
                .containsEntry("iss", keycloak.issuerUri())
                .containsEntry("tenant_id", UK_TENANT)
                .containsEntry("locale", "en")
                .doesNotContainKeys("creditor_id", "partner_id");
        assertThat(realmRoles(claims)).contains("ADMIN").doesNotContain("SPECIALIST", "CREDITOR", "PARTNER");
        assertThat(strings(claims.get("aud"))).contains("incasso-api");
    }

    @Test
    void partnerAndSpecialUsers() {
        assertThat(claimsOf("uk-partner@example.com"))
                .containsEntry("partner_id", "a0000000-0000-4000-8000-000000000201")
                .containsEntry("tenant_id", UK_TENANT);
        assertThat(claimsOf("no-tenant@example.com")).doesNotContainKey("tenant_id");
        assertThat(claimsOf("unknown-tenant@example.com"))
                .containsEntry("tenant_id", "7e1a0000-0000-4000-8000-00000000dead");
    }

    @Test
    void idTokenAndUserinfoCarryRolesAndTenant() {
        Map<String, Object> response = Tokens.passwordGrantResponse(
                keycloak.issuerUri(), "incasso-graphql", null, "nl-partner@example.com", PASSWORD);
        Map<String, Object> idToken = Tokens.claims((String) response.get("id_token"));
        Map<String, Object> userinfo = Tokens.userinfo(keycloak.issuerUri(), (String) response.get("access_token"));

        for (Map<String, Object> claims : List.of(idToken, userinfo)) {
            assertThat(claims)
                    .containsEntry("tenant_id", NL_TENANT)
                    .containsEntry("partner_id", "a0000000-0000-4000-8000-000000000101")
                    .containsEntry("email", "nl-partner@example.com")
                    .containsEntry("preferred_username", "nl-partner@example.com")
                    .containsEntry("locale", "nl");
            assertThat(strings(claims.get("roles"))).containsExactly("PARTNER");
        }
    }

    @Test
    void usersCannotSeeOrEditTheTenantAttributes() {
        var profile = admin.realm(RunningKeycloak.REALM).users().userProfile().getConfiguration();

        for (String name : List.of("tenant_id", "creditor_id", "partner_id")) {
            var attribute = profile.getAttribute(name);
            assertThat(attribute).as(name).isNotNull();
            assertThat(attribute.getPermissions().getEdit()).containsExactly("admin");
            assertThat(attribute.getPermissions().getView()).containsExactly("admin");
        }
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThatThrownBy(() -> keycloak.passwordGrant("incasso-graphql", "nl-admin@example.com", "wrong"))
                .isInstanceOfSatisfying(TokenRequestException.class, e -> {
                    assertThat(e.status()).isEqualTo(400); // OAuth 2.0: invalid_grant is a 400
                    assertThat(e.body()).contains("invalid_grant");
                });
    }

    @Test
    void userProfileKeepsAttributesOfUsersCreatedThroughTheAdminApi() {
        RealmResource realm = admin.realm(RunningKeycloak.REALM);
        String id = TestAdmin.createUser(realm, "created@example.com", Map.of(
                "tenant_id", List.of(NL_TENANT),
                "creditor_id", List.of("c0000000-0000-4000-8000-000000000199")));

        UserRepresentation stored = realm.users().get(id).toRepresentation();
        assertThat(stored.getAttributes())
                .containsEntry("tenant_id", List.of(NL_TENANT))
                .containsEntry("creditor_id", List.of("c0000000-0000-4000-8000-000000000199"));

        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue("secret-123");
        password.setTemporary(false);
        realm.users().get(id).resetPassword(password);
        assertThat(Tokens.claims(keycloak.passwordGrant("incasso-graphql", "created@example.com", "secret-123")))
                .containsEntry("tenant_id", NL_TENANT);
    }

    @Test
    void smtpSettingsComeFromTheLauncher() {
        Map<String, String> smtp = admin.realm(RunningKeycloak.REALM).toRepresentation().getSmtpServer();

        assertThat(smtp)
                .containsEntry("host", "127.0.0.1")
                .containsEntry("port", "2599")
                .containsEntry("from", "test-sender@incasso.test");
    }

    @Test
    void realmSettings() {
        var realm = admin.realm(RunningKeycloak.REALM).toRepresentation();

        assertThat(realm.isLoginWithEmailAllowed()).isTrue();
        assertThat(realm.isDuplicateEmailsAllowed()).isFalse();
        assertThat(realm.isResetPasswordAllowed()).isTrue();
        assertThat(realm.isRegistrationAllowed()).isFalse();
        assertThat(realm.getSupportedLocales()).containsExactlyInAnyOrder("nl", "en");
        assertThat(realm.getDefaultLocale()).isEqualTo("nl");
        assertThat(realm.getAccessTokenLifespan()).isEqualTo(900);
        assertThat(realm.getPasswordPolicy()).contains("length(8)", "notEmail", "notUsername");
    }

    @Test
    void clientsUseTheApplicationUrlAndPkce() {
        ClientRepresentation ui = client("incasso-ui");
        assertThat(ui.getRedirectUris()).containsExactly("http://localhost:18080/*");
        assertThat(ui.getWebOrigins()).containsExactly("http://localhost:18080");
        assertThat(ui.getAttributes())
                .containsEntry("pkce.code.challenge.method", "S256")
                .containsEntry("post.logout.redirect.uris", "http://localhost:18080/*");
        assertThat(ui.isPublicClient()).isFalse();
        // the claim wizard logs a creditor that just signed up in with the password it chose
        assertThat(ui.isDirectAccessGrantsEnabled()).isTrue();

        ClientRepresentation graphql = client("incasso-graphql");
        assertThat(graphql.isPublicClient()).isTrue();
        assertThat(graphql.isDirectAccessGrantsEnabled()).isTrue();
        assertThat(graphql.getAttributes()).containsEntry("pkce.code.challenge.method", "S256");

        ClientRepresentation api = client("incasso-api");
        assertThat(api.isStandardFlowEnabled()).isFalse();
        assertThat(api.isDirectAccessGrantsEnabled()).isFalse();
    }

    private static ClientRepresentation client(String clientId) {
        return admin.realm(RunningKeycloak.REALM).clients().findByClientId(clientId).getFirst();
    }

    private static Map<String, Object> claimsOf(String username) {
        return Tokens.claims(keycloak.passwordGrant("incasso-graphql", username, PASSWORD));
    }

    @SuppressWarnings("unchecked")
    private static List<String> realmRoles(Map<String, Object> claims) {
        return strings(((Map<String, Object>) claims.get("realm_access")).get("roles"));
    }

    /** JWT claims like {@code aud} are a string or an array of strings. */
    @SuppressWarnings("unchecked")
    static List<String> strings(Object claim) {
        return claim instanceof Collection<?> values ? List.copyOf((Collection<String>) values) : List.of((String) claim);
    }
}
