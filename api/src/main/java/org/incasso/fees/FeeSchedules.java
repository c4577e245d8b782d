package org.incasso.fees;

import org.incasso.fees.domain.FeeScheduleHistory;

/**
 * The current tenant's fee schedule versions, for calculations (a claim keeps the version in force
 * at its submission: {@link FeeScheduleHistory#inForceAt}). Read once for a batch of claims.
 */
public interface FeeSchedules {

    FeeScheduleHistory history();
}
