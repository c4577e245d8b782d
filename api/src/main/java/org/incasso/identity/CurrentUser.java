package org.incasso.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.incasso.tenancy.TenantMember;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The authenticated user as the platform sees it, taken from the Keycloak token.
 *
 * @param subject the Keycloak user id ({@code sub})
 * @param creditorId for CREDITOR users: the creditor they act for
 * @param partnerId for PARTNER users: the partner they act for
 */
public record CurrentUser(String subject, UUID tenantId, Set<Role> roles, @Nullable UUID creditorId,
        @Nullable UUID partnerId, @Nullable String email, @Nullable String name, Locale locale)
        implements TenantMember {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    /** Staff of the agency: they work on the whole tenant. */
    public boolean isStaff() {
        return hasAnyRole(Role.ADMIN, Role.SPECIALIST);
    }

    public void requireAnyRole(Role... wanted) {
        if (!hasAnyRole(wanted)) {
            throw new AccessDeniedException("Requires one of the roles " + Arrays.toString(wanted));
        }
    }

    public String displayName() {
        return name != null ? name : email != null ? email : subject;
    }
}
