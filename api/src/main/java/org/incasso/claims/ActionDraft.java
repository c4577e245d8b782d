package org.incasso.claims;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.incasso.common.ErrorCode;
import org.incasso.common.Text;
import org.incasso.common.Violations;
import org.jspecify.annotations.Nullable;

/**
 * An action to record, as entered. {@code visibility} and {@code performedAt} may be left out:
 * the service fills in the caller's default and "now".
 */
public record ActionDraft(@Nullable ActionType type, @Nullable ActionChannel channel, @Nullable ActionOutcome outcome,
        @Nullable String notes, @Nullable ActionVisibility visibility, @Nullable OffsetDateTime performedAt,
        @Nullable LocalDate nextFollowUp) {

    public static final int MAX_NOTES = 4000;
    /** Clocks of clients and server differ a little; more than this ahead is "in the future". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** The notes as stored: trimmed, blank means none. */
    public @Nullable String cleanNotes() {
        return Text.clean(notes);
    }

    void validate(Violations violations, OffsetDateTime now) {
        if (type == null) {
            violations.add("type", ErrorCode.REQUIRED, "is required");
        } else if (type == ActionType.NOTE && cleanNotes() == null) {
            violations.add("notes", ErrorCode.REQUIRED, "a note needs notes");
        }
        violations.optionalText("notes", cleanNotes(), MAX_NOTES);
        if (performedAt != null && performedAt.isAfter(now.plus(CLOCK_SKEW))) {
            violations.add("performedAt", ErrorCode.INVALID_DATE, "must not be in the future");
        }
        if (nextFollowUp != null && nextFollowUp.isBefore(now.toLocalDate())) {
            violations.add("nextFollowUp", ErrorCode.INVALID_DATE, "must be today or later");
        }
    }
}
