package org.incasso.identity;

import java.util.HashMap;
import java.util.Map;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Loads the UI user after the Keycloak login: the roles and the tenant from the ID token and
 * userinfo become an {@link IncassoOidcUser}. A user without a known tenant cannot log in.
 */
@Component
public class OidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final KeycloakClaims claims;

    OidcUsers(KeycloakClaims claims) {
        this.claims = claims;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser loaded = delegate.loadUser(request);
        Map<String, Object> all = new HashMap<>(loaded.getClaims());
        try {
            CurrentUser user = claims.toCurrentUser(all);
            return new IncassoOidcUser(ApiSecurityConfiguration.authorities(user), loaded.getIdToken(),
                    loaded.getUserInfo(), user);
        } catch (InvalidTokenClaimsException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_tenant", e.getMessage(), null), e);
        }
    }
}
