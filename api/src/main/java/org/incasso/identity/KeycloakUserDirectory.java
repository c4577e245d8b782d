package org.incasso.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.incasso.common.ErrorCode;
import org.incasso.common.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Reads and creates users through the Keycloak Admin REST API with the platform's service account
 * (client credentials). Users carry {@code tenant_id}, {@code creditor_id} and {@code locale} attributes.
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

    @Override
    public boolean isRegistered(String email) {
        return unavailableOnFailure(() -> get("/users?email={e}&exact=true&briefRepresentation=true", email)).stream()
                .anyMatch(user -> email.equalsIgnoreCase(String.valueOf(user.get("email"))));
    }

    @Override
    public String createCreditorAccount(NewCreditorAccount account) {
        Map<String, Object> user = Map.of("username", account.email(), "email", account.email(), "enabled", true,
                "emailVerified", false, "firstName", account.firstName(), "lastName", account.lastName(),
                "attributes", Map.of("tenant_id", List.of(account.tenantId().toString()),
                        "creditor_id", List.of(account.creditorId().toString()),
                        "locale", List.of(account.locale().getLanguage())),
                "credentials", List.of(Map.of("type", "password", "value", account.password(), "temporary", false)));
        String userId = unavailableOnFailure(() -> {
            var created = http.post().uri(properties.adminRealmUrl() + "/users").headers(h -> h.setBearerAuth(token()))
                    .contentType(MediaType.APPLICATION_JSON).body(user).retrieve()
                    .onStatus(status -> status.value() == 409, (request, reply) -> {
                        throw ValidationException.of("account.email", ErrorCode.ALREADY_REGISTERED,
                                "an account with this e-mail address exists: log in instead");
                    })
                    .onStatus(status -> status.value() == 400, (request, reply) -> {
                        throw refusal(new String(reply.getBody().readAllBytes(), StandardCharsets.UTF_8));
                    })
                    .toBodilessEntity();
            String location = String.valueOf(created.getHeaders().getLocation());
            return location.substring(location.lastIndexOf('/') + 1);
        });
        try {
            unavailableOnFailure(() -> {
                Map<String, Object> role = http.get().uri(properties.adminRealmUrl() + "/roles/{role}", Role.CREDITOR.name())
                        .headers(h -> h.setBearerAuth(token())).retrieve().body(new ParameterizedTypeReference<>() {
                        });
                return http.post().uri(properties.adminRealmUrl() + "/users/{id}/role-mappings/realm", userId)
                        .headers(h -> h.setBearerAuth(token())).contentType(MediaType.APPLICATION_JSON)
                        .body(List.of(role)).retrieve().toBodilessEntity();
            });
        } catch (RuntimeException e) {
            try {
                deleteUser(userId);
            } catch (RuntimeException notDeleted) {
                e.addSuppressed(notDeleted);
            }
            throw e;
        }
        return userId;
    }

    @Override
    public void deleteUser(String userId) {
        unavailableOnFailure(() -> http.delete().uri(properties.adminRealmUrl() + "/users/{id}", userId)
                .headers(h -> h.setBearerAuth(token())).retrieve()
                .onStatus(status -> status.value() == 404, (request, reply) -> { })
                .toBodilessEntity());
    }

    /** Keycloak's 400 answers name the refused part in their error text. */
    private static RuntimeException refusal(String body) {
        String text = body.toLowerCase(Locale.ROOT);
        if (text.contains("password")) {
            return ValidationException.of("account.password", ErrorCode.WEAK_PASSWORD,
                    "the password does not meet the password rules (at least 8 characters, not the e-mail address)");
        }
        if (text.contains("email")) {
            return ValidationException.of("account.email", ErrorCode.INVALID_EMAIL, "is not a valid e-mail address");
        }
        return new IllegalStateException("Keycloak refused the new user: " + body);
    }

    private static <T> T unavailableOnFailure(Supplier<T> call) {
        try {
            return call.get();
        } catch (ResourceAccessException | HttpServerErrorException e) {
            throw new IdentityProviderUnavailableException("Keycloak is not available: " + e.getMessage(), e);
        }
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
