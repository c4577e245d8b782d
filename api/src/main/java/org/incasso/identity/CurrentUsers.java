package org.incasso.identity;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.stereotype.Component;

/** The user of the current request, whichever way it logged in (bearer token or OIDC session). */
@Component
public class CurrentUsers {

    public Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        return switch (authentication.getPrincipal()) {
            case CurrentUser user -> Optional.of(user);
            case IncassoOidcUser oidcUser -> Optional.of(oidcUser.user());
            case null, default -> Optional.empty();
        };
    }

    public CurrentUser require() {
        return current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not logged in"));
    }

    /**
     * Runs work as a user that has no session yet: the account the public sign-up just created
     * submits its own first claim, so every rule and audit entry sees that user. The caller's
     * security context is restored afterwards.
     */
    public <T> T callAs(CurrentUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(new PreAuthenticatedAuthenticationToken(user, null,
                ApiSecurityConfiguration.authorities(user)));
        SecurityContextHolder.setContext(acting);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
