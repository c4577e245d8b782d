package org.incasso.interest.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * Rate tables per debtor country (ISO 3166 alpha-2); a country without its own table falls back
 * to the ECB reference rate + 8 points (directive 2011/7/EU).
 */
public record InterestRateTables(Map<String, InterestRateTable> byCountry, InterestRateTable fallback) {

    public static final BigDecimal DIRECTIVE_POINTS = new BigDecimal("8");

    public InterestRateTables {
        byCountry = Map.copyOf(byCountry);
    }

    public static InterestRateTables defaults() {
        return new InterestRateTables(
                Map.of("NL", InterestRateTable.dutchStatutoryCommercial()),
                InterestRateTable.ecbPlus("ECB reference rate + 8 points (directive 2011/7/EU)",
                        EcbReferenceRates.mainRefinancingRate(), DIRECTIVE_POINTS));
    }

    public InterestRateTable forCountry(String countryCode) {
        return byCountry.getOrDefault(countryCode.toUpperCase(Locale.ROOT), fallback);
    }
}
