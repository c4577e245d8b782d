package org.incasso.fees;

import java.time.LocalDate;
import org.incasso.fees.domain.FeeSchedule;

/** The current tenant's fee schedule in force at a date (a claim keeps the version of its submission). */
public interface FeeSchedules {

    FeeSchedule inForceAt(LocalDate date);
}
