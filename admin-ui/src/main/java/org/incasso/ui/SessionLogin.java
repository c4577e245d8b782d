package org.incasso.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import org.incasso.identity.OidcUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Logs a creditor that just signed up into this browser session without sending it through the
 * Keycloak login page again: its e-mail and the password it chose are exchanged for tokens at
 * Keycloak (password grant of the UI's confidential client), the ID token is validated like after
 * a normal login, and the session gets the same {@link OidcUser} the OIDC login would give it
 * (with a new session id). Logging out ends the Keycloak session as usual.
 */
@Component
public class SessionLogin {

    private static final Logger LOG = LoggerFactory.getLogger(SessionLogin.class);
    private static final String REGISTRATION = "keycloak";

    private final ClientRegistrationRepository registrations;
    private final OidcUsers oidcUsers;
    private final RestClient http = RestClient.create();
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionLogin(ClientRegistrationRepository registrations, OidcUsers oidcUsers) {
        this.registrations = registrations;
        this.oidcUsers = oidcUsers;
    }

    /**
     * Logs the user in for the current Vaadin request; {@code false} (logged) if Keycloak refused or
     * failed, and the user logs in on the login page instead.
     */
    public boolean logIn(String login, String password) {
        try {
            ClientRegistration registration = Objects.requireNonNull(registrations.findByRegistrationId(REGISTRATION));
            var form = new LinkedMultiValueMap<String, String>();
            form.add("grant_type", "password");
            form.add("client_id", registration.getClientId());
            form.add("client_secret", registration.getClientSecret());
            form.add("username", login);
            form.add("password", password);
            form.add("scope", String.join(" ", registration.getScopes()));
            Map<String, Object> tokens = http.post().uri(registration.getProviderDetails().getTokenUri())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve()
                    .onStatus(HttpStatusCode::isError, (request, reply) -> {
                        throw new IllegalStateException("Keycloak refused the login: " + reply.getStatusCode());
                    })
                    .body(new ParameterizedTypeReference<>() {
                    });
            if (tokens == null || tokens.get("id_token") == null) {
                throw new IllegalStateException("Keycloak answered without an ID token");
            }
            store(authentication(registration, tokens));
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Logging {} in after the sign-up failed; the login page remains", login, e);
            return false;
        }
    }

    private OAuth2AuthenticationToken authentication(ClientRegistration registration, Map<String, Object> tokens) {
        Instant now = Instant.now();
        var accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, tokens.get("access_token").toString(),
                now, now.plusSeconds(((Number) tokens.getOrDefault("expires_in", 60)).longValue()),
                new HashSet<>(Arrays.asList(String.valueOf(tokens.getOrDefault("scope", "openid")).split(" "))));
        Jwt idJwt = new OidcIdTokenDecoderFactory().createDecoder(registration).decode(tokens.get("id_token").toString());
        var idToken = new OidcIdToken(idJwt.getTokenValue(), idJwt.getIssuedAt(), idJwt.getExpiresAt(), idJwt.getClaims());
        OidcUser user = oidcUsers.loadUser(new OidcUserRequest(registration, accessToken, idToken));
        return new OAuth2AuthenticationToken(user, user.getAuthorities(), registration.getRegistrationId());
    }

    private void store(OAuth2AuthenticationToken authentication) {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        request.changeSessionId(); // as after every login: no session fixation
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, VaadinServletResponse.getCurrent().getHttpServletResponse());
    }
}
