package org.incasso.fees;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One audited change of the fee schedule: the new version's date, who stored it and when, and the
 * schedule it supersedes on that date ({@code null}: the defaults) next to the new one, as stored.
 */
public record FeeScheduleChange(LocalDate validFrom, String changedBy, String changedByName, OffsetDateTime changedAt,
        @Nullable String oldSchedule, String newSchedule) {
}
