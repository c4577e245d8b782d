package org.incasso.claims;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A claim as stored: who it is for and against, its lifecycle state and assignments.
 *
 * @param reference gap-free per tenant and year, e.g. {@code 2026-000123}
 * @param specialistId Keycloak user id of the assigned specialist
 * @param submittedBy Keycloak user id of the submitter
 */
public record Claim(UUID id, String reference, UUID creditorId, UUID debtorId, ClaimState state,
        @Nullable String specialistId, @Nullable UUID partnerId, String currency, String submittedBy,
        OffsetDateTime submittedAt, OffsetDateTime updatedAt) {
}
