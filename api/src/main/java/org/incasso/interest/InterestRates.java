package org.incasso.interest;

import org.incasso.interest.domain.InterestRateTables;

/** The statutory interest rate tables (per country) the current tenant calculates with. */
public interface InterestRates {

    InterestRateTables tables();
}
