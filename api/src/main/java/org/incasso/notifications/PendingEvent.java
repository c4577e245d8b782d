package org.incasso.notifications;

import java.util.UUID;
import org.incasso.events.Visibility;
import org.jspecify.annotations.Nullable;

/** An outbox entry with what is needed to address and word the notifications. */
public record PendingEvent(long eventId, UUID claimId, String claimReference, UUID creditorId,
        @Nullable String specialistId, String type, Visibility visibility, String actor, String payload,
        String debtorName) {
}
