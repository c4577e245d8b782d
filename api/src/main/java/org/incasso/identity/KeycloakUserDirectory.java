package org.incasso.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Reads users through the Keycloak Admin REST API with the platform's service account (client
 * credentials). Users carry {@code tenant_id}, {@code creditor_id} and {@code locale} attributes.
 */
@Component
@EnableConfigurationProperties(KeycloakProperties.class)
class KeycloakUserDirectory implements UserDirectory {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> USERS = new ParameterizedTypeReference<>() {
    };

    private final KeycloakProperties properties;
    private final RestClient http = RestClient.create();
    private @Nullable String token;
    private Instant tokenExpires = Instant.MIN;

    KeycloakUserDirectory(KeycloakProperties properties) {
        this.properties = properties;
    }

    @Override
    public List<Recipient> creditorUsers(UUID tenantId, UUID creditorId) {
        String query = "tenant_id:" + tenantId + " creditor_id:" + creditorId;
        return recipients(get("/users?briefRepresentation=false&max=200&q={q}", query));
    }

    @Override
    public List<Recipient> specialists(UUID tenantId) {
        return get("/roles/SPECIALIST/users?briefRepresentation=false&max=500&first={q}", "0").stream()
                .filter(user -> tenantId.toString().equals(attribute(user, "tenant_id")))
                .map(KeycloakUserDirectory::toRecipient).flatMap(Optional::stream).toList();
    }

    @Override
    public Optional<Recipient> user(String userId) {
        Map<String, Object> user = http.get().uri(properties.adminRealmUrl() + "/users/{id}", userId)
                .headers(h -> h.setBearerAuth(token())).retrieve()
                .onStatus(status -> status.value() == 404, (request, reply) -> { })
                .body(new ParameterizedTypeReference<>() {
                });
        return user == null || user.get("id") == null ? Optional.empty() : toRecipient(user);
    }

    private List<Map<String, Object>> get(String path, String query) {
        List<Map<String, Object>> users = http.get().uri(properties.adminRealmUrl() + path, query)
                .headers(h -> h.setBearerAuth(token())).retrieve().body(USERS);
        return users == null ? List.of() : users;
    }

    private static List<Recipient> recipients(List<Map<String, Object>> users) {
        return users.stream().map(KeycloakUserDirectory::toRecipient).flatMap(Optional::stream).toList();
    }

    private static Optional<Recipient> toRecipient(Map<String, Object> user) {
        Object email = user.get("email");
        if (email == null || Boolean.FALSE.equals(user.get("enabled"))) {
            return Optional.empty();
        }
        String name = ((user.get("firstName") == null ? "" : user.get("firstName") + " ")
                + (user.get("lastName") == null ? "" : user.get("lastName"))).strip();
        String locale = attribute(user, "locale");
        return Optional.of(new Recipient(String.valueOf(user.get("id")), email.toString(),
                name.isEmpty() ? email.toString() : name, Locale.forLanguageTag(locale == null ? "nl" : locale)));
    }

    private static @Nullable String attribute(Map<String, Object> user, String name) {
        if (user.get("attributes") instanceof Map<?, ?> attributes && attributes.get(name) instanceof Collection<?> values
                && !values.isEmpty()) {
            return String.valueOf(values.iterator().next());
        }
        return null;
    }

    private synchronized String token() {
        if (token == null || Instant.now().isAfter(tokenExpires)) {
            var form = new LinkedMultiValueMap<String, String>();
            form.add("grant_type", "client_credentials");
            form.add("client_id", properties.backendClientId());
            form.add("client_secret", properties.backendClientSecret());
            Map<String, Object> response = http.post().uri(properties.issuer() + "/protocol/openid-connect/token")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve()
                    .onStatus(HttpStatusCode::isError, (request, reply) -> {
                        throw new IllegalStateException("Keycloak refused the service account: " + reply.getStatusCode());
                    })
                    .body(new ParameterizedTypeReference<>() {
                    });
            token = String.valueOf(response.get("access_token"));
            long seconds = ((Number) response.getOrDefault("expires_in", 60)).longValue();
            tokenExpires = Instant.now().plusSeconds(Math.max(5, seconds - 10));
        }
        return token;
    }
}
