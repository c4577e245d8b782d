package org.incasso.claims;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A collection action on a claim, as stored. Append-only: a correction is a new action.
 *
 * @param performedBy Keycloak user id of who recorded it (staff or partner user)
 * @param performedByName display name of that user at the time
 * @param performedAt when the action took place (may be before it was recorded)
 * @param nextFollowUp when the claim should be looked at again
 */
public record ClaimAction(UUID id, UUID claimId, ActionType type, @Nullable ActionChannel channel,
        @Nullable ActionOutcome outcome, @Nullable String notes, ActionVisibility visibility, String performedBy,
        String performedByName, OffsetDateTime performedAt, @Nullable LocalDate nextFollowUp,
        OffsetDateTime recordedAt) {
}
