package org.incasso.events;

import java.util.UUID;
import org.incasso.identity.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * Which events a reader may see: staff everything of the tenant; a creditor the creditor-visible
 * events of its own claims; a partner the partner-visible events of the claims assigned to it.
 * For staff, {@code creditorId}/{@code partnerId} only narrow the view.
 */
public record Audience(UUID tenantId, @Nullable UUID creditorId, @Nullable UUID partnerId, boolean staff) {

    /** Staff narrowing their view to one creditor's claims (a filter, not an access rule). */
    public Audience onlyCreditor(@Nullable UUID creditor) {
        return staff && creditor != null ? new Audience(tenantId, creditor, partnerId, true) : this;
    }

    public static Audience of(CurrentUser user) {
        if (user.isStaff()) {
            return new Audience(user.tenantId(), null, null, true);
        }
        if (user.hasRole(org.incasso.identity.Role.CREDITOR) && user.creditorId() != null) {
            return new Audience(user.tenantId(), user.creditorId(), null, false);
        }
        if (user.hasRole(org.incasso.identity.Role.PARTNER) && user.partnerId() != null) {
            return new Audience(user.tenantId(), null, user.partnerId(), false);
        }
        throw new org.springframework.security.access.AccessDeniedException("No access to case events");
    }
}
