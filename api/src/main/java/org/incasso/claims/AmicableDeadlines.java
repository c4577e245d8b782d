package org.incasso.claims;

import java.time.LocalDate;

/**
 * How long the amicable phase runs before the specialist must advise the creditor. PRODUCT.md:
 * "90 days for debtors in the tenant's home country, 120 days abroad (configurable)".
 *
 * @param domesticDays days for a debtor in the tenant's home country
 * @param foreignDays days for a debtor abroad
 */
public record AmicableDeadlines(int domesticDays, int foreignDays) {

    public static final int DEFAULT_DOMESTIC_DAYS = 90;
    public static final int DEFAULT_FOREIGN_DAYS = 120;

    public AmicableDeadlines {
        if (domesticDays < 1 || foreignDays < 1) {
            throw new IllegalArgumentException(
                    "Amicable deadlines must be at least one day: " + domesticDays + "/" + foreignDays);
        }
    }

    public static AmicableDeadlines defaults() {
        return new AmicableDeadlines(DEFAULT_DOMESTIC_DAYS, DEFAULT_FOREIGN_DAYS);
    }

    /** Calendar days after the start, so a leap day counts as one of them. */
    public LocalDate deadline(LocalDate start, boolean domesticDebtor) {
        return start.plusDays(domesticDebtor ? domesticDays : foreignDays);
    }
}
