package org.incasso.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Obtains and decodes tokens for tests; not meant for production code. */
public final class Tokens {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private Tokens() {}

    /**
     * Resource-owner password grant (only clients with direct access grants, e.g. {@code incasso-graphql}).
     *
     * @param issuerUri e.g. {@code http://localhost:8180/realms/incasso}
     * @return the access token (a JWT)
     * @throws TokenRequestException when Keycloak refuses (wrong password, unknown client, ...)
     */
    public static String passwordGrant(String issuerUri, String clientId, String username, String password) {
        return passwordGrant(issuerUri, clientId, null, username, password);
    }

    /** As {@link #passwordGrant(String, String, String, String)}, for a confidential client. */
    public static String passwordGrant(
            String issuerUri, String clientId, @Nullable String clientSecret, String username, String password) {
        return (String) passwordGrantResponse(issuerUri, clientId, clientSecret, username, password).get("access_token");
    }

    /** The whole token response ({@code access_token}, {@code id_token}, {@code refresh_token}, ...). */
    public static Map<String, Object> passwordGrantResponse(
            String issuerUri, String clientId, @Nullable String clientSecret, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        if (clientSecret != null) {
            form.put("client_secret", clientSecret);
        }
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid"); // also issue an ID token
        return postForm(URI.create(issuerUri + "/protocol/openid-connect/token"), form);
    }

    /** The claims the userinfo endpoint returns for an access token. */
    public static Map<String, Object> userinfo(String issuerUri, String accessToken) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuerUri + "/protocol/openid-connect/userinfo"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + accessToken)
                .GET()
                .build();
        return json(send(request));
    }

    /** The claims of a JWT, without verifying its signature (tests read what Keycloak issued). */
    public static Map<String, Object> claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("Not a JWT");
        }
        return JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), MAP);
    }

    private static Map<String, Object> postForm(URI uri, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return json(send(request));
    }

    private static Map<String, Object> json(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new TokenRequestException(response.statusCode(), response.body());
        }
        return JSON.readValue(response.body(), MAP);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
