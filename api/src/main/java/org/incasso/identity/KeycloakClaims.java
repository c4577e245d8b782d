package org.incasso.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.incasso.tenancy.Tenants;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads a {@link CurrentUser} from Keycloak claims: roles from {@code realm_access.roles} (access
 * tokens) or {@code roles} (ID token / userinfo), the tenant from {@code tenant_id}, which must
 * name an existing tenant.
 */
@Component
public class KeycloakClaims {

    private final Tenants tenants;

    KeycloakClaims(Tenants tenants) {
        this.tenants = tenants;
    }

    public CurrentUser toCurrentUser(Map<String, Object> claims) {
        String tenantClaim = string(claims, "tenant_id");
        if (tenantClaim == null) {
            throw new InvalidTokenClaimsException("The token carries no tenant_id claim");
        }
        UUID tenantId = uuid(tenantClaim, "tenant_id");
        if (tenants.byId(tenantId).isEmpty()) {
            throw new InvalidTokenClaimsException("The token's tenant_id names no known tenant");
        }
        String subject = string(claims, "sub");
        return new CurrentUser(subject == null ? "" : subject, tenantId, roles(claims),
                optionalUuid(claims, "creditor_id"), optionalUuid(claims, "partner_id"),
                string(claims, "email"), string(claims, "name"), locale(claims));
    }

    static Set<Role> roles(Map<String, Object> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claims.get("realm_access") instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof Collection<?> names) {
            addRoles(names, roles);
        }
        if (claims.get("roles") instanceof Collection<?> names) {
            addRoles(names, roles);
        }
        return roles;
    }

    private static void addRoles(Collection<?> names, Set<Role> roles) {
        for (Object name : names) {
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
    }

    private static Locale locale(Map<String, Object> claims) {
        String tag = string(claims, "locale");
        return tag == null ? Locale.of("nl") : Locale.forLanguageTag(tag);
    }

    private static @Nullable UUID optionalUuid(Map<String, Object> claims, String name) {
        String value = string(claims, name);
        return value == null ? null : uuid(value, name);
    }

    private static UUID uuid(String value, String name) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenClaimsException("The token's " + name + " claim is not a UUID");
        }
    }

    private static @Nullable String string(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        if (value instanceof Collection<?> list && !list.isEmpty()) {
            value = list.iterator().next();
        }
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
