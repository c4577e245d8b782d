package org.incasso.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One change of a claim, as stored.
 *
 * @param id monotonic per tenant in commit order
 * @param payload the details as a JSON object
 */
public record CaseEvent(long id, UUID claimId, String type, String actor, OffsetDateTime occurredAt,
        Visibility visibility, String payload) {
}
