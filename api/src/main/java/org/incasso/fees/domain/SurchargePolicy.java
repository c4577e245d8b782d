package org.incasso.fees.domain;

import java.util.Locale;
import java.util.Map;
import org.incasso.money.ErrorCode;
import org.incasso.money.Violations;

/** The overdue surcharge per region, with per-country values where a country differs. */
public record SurchargePolicy(Map<Region, OverdueSurcharge> byRegion, Map<String, OverdueSurcharge> byCountry) {

    public SurchargePolicy {
        byRegion = Map.copyOf(byRegion);
        byCountry = Map.copyOf(byCountry);
    }

    public OverdueSurcharge forDebtor(String country, Region region) {
        OverdueSurcharge own = byCountry.get(country.toUpperCase(Locale.ROOT));
        return own != null ? own : byRegion.get(region);
    }

    void validate(Violations violations) {
        for (Region region : Region.values()) {
            violations.check(byRegion.containsKey(region), "surcharges." + region, ErrorCode.REQUIRED,
                    "no overdue surcharge for " + region);
        }
        byRegion.forEach((region, s) -> validate(violations, "surcharges." + region, s));
        byCountry.forEach((country, s) -> validate(violations, "surcharges." + country, s));
    }

    private static void validate(Violations violations, String field, OverdueSurcharge surcharge) {
        violations.checkPercent(field + ".points", surcharge.points());
        violations.check(surcharge.thresholdDays() >= 0, field + ".thresholdDays", ErrorCode.DAYS_OUT_OF_RANGE,
                "must not be negative");
    }
}
