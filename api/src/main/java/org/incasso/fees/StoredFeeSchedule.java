package org.incasso.fees;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored fee schedule version: what the administrator entered, from when, by whom. */
public record StoredFeeSchedule(UUID id, LocalDate validFrom, FeeScheduleDocument schedule, String createdBy,
        OffsetDateTime createdAt) {
}
