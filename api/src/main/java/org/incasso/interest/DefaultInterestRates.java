package org.incasso.interest;

import org.incasso.interest.domain.InterestRateTables;
import org.springframework.stereotype.Component;

/** Until rates are stored as tenant data: the seeded rates of the product brief. */
@Component
class DefaultInterestRates implements InterestRates {

    @Override
    public InterestRateTables tables() {
        return InterestRateTables.defaults();
    }
}
