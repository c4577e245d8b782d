package org.incasso.fees.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.incasso.money.DomainValidationException;
import org.incasso.money.ErrorCode;
import org.incasso.money.Violations;

/** All versions of one tenant's fee schedule; picks the version in force on a date. */
public record FeeScheduleHistory(List<FeeSchedule> versions) {

    public FeeScheduleHistory {
        versions = versions.stream().sorted(Comparator.comparing(FeeSchedule::validFrom)).toList();
        Violations violations = new Violations();
        violations.check(!versions.isEmpty(), "versions", ErrorCode.REQUIRED, "at least one version");
        for (int i = 1; i < versions.size(); i++) {
            violations.check(!versions.get(i).validFrom().equals(versions.get(i - 1).validFrom()),
                    "versions[" + i + "].validFrom", ErrorCode.DUPLICATE_VALID_FROM,
                    "two versions from " + versions.get(i).validFrom());
        }
        violations.throwIfAny();
    }

    public static FeeScheduleHistory of(FeeSchedule... versions) {
        return new FeeScheduleHistory(List.of(versions));
    }

    /** The latest version whose valid-from date is not after {@code date}. */
    public FeeSchedule inForceAt(LocalDate date) {
        return versions.reversed().stream()
                .filter(v -> !v.validFrom().isAfter(date))
                .findFirst()
                .orElseThrow(() -> DomainValidationException.of("submissionDate", ErrorCode.NO_SCHEDULE_IN_FORCE,
                        "no fee schedule in force on " + date));
    }
}
