package org.incasso.identity;

import java.util.Collection;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.incasso.tenancy.TenantMember;
import org.jspecify.annotations.Nullable;

/** A user logged in to the UI through Keycloak (OIDC), carrying the platform's view of it. */
public class IncassoOidcUser extends DefaultOidcUser implements TenantMember {

    private final CurrentUser user;

    public IncassoOidcUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
            @Nullable OidcUserInfo userInfo, CurrentUser user) {
        super(authorities, idToken, userInfo, "sub");
        this.user = user;
    }

    public CurrentUser user() {
        return user;
    }

    @Override
    public UUID tenantId() {
        return user.tenantId();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IncassoOidcUser o && super.equals(o) && user.equals(o.user);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + user.hashCode();
    }
}
