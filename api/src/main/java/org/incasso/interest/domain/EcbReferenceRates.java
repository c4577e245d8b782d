package org.incasso.interest.domain;

import java.util.List;

/**
 * The ECB main refinancing rate as in force on each 1 January and 1 July (the reference dates of
 * directive 2011/7/EU). Seed data; the NL table equals these rows plus 8 points.
 */
public final class EcbReferenceRates {

    private EcbReferenceRates() {
    }

    public static List<InterestRate> mainRefinancingRate() {
        return List.of(
                InterestRate.of("2016-07-01", "0.00"),
                InterestRate.of("2023-01-01", "2.50"),
                InterestRate.of("2023-07-01", "4.00"),
                InterestRate.of("2024-01-01", "4.50"),
                InterestRate.of("2024-07-01", "4.25"),
                InterestRate.of("2025-01-01", "3.15"),
                InterestRate.of("2025-07-01", "2.15"),
                InterestRate.of("2026-01-01", "2.15"));
    }
}
