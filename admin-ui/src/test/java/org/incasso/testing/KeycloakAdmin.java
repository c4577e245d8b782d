package org.incasso.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Creates users in the incasso realm through the Keycloak Admin REST API (master realm admin). */
public final class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private KeycloakAdmin() {
    }

    /** Creates an enabled user with a verified e-mail and a password; returns nothing, the e-mail is the login. */
    public static void createUser(String email, String password, Map<String, String> attributes, String realmRole)
            throws IOException, InterruptedException {
        String admin = adminToken();
        String base = TestStack.get().issuerUri().replace("/realms/incasso", "/admin/realms/incasso");
        Map<String, Object> user = Map.of("username", email, "email", email, "emailVerified", true, "enabled", true,
                "firstName", "Test", "lastName", "User",
                "attributes", attributes.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> java.util.List.of(e.getValue()))),
                "credentials", java.util.List.of(Map.of("type", "password", "value", password, "temporary", false)));
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/users"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(user))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("User not created: " + created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        String role = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/roles/" + realmRole))
                .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString()).body();
        HTTP.send(HttpRequest.newBuilder(URI.create(location + "/role-mappings/realm"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + role + "]")).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static String adminToken() throws IOException, InterruptedException {
        String tokenUrl = TestStack.get().issuerUri().replace("/realms/incasso", "/realms/master")
                + "/protocol/openid-connect/token";
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=admin";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        return String.valueOf(JSON.readValue(response.body(), Map.class).get("access_token"));
    }
}
