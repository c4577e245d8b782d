package org.incasso.fees.graphql;

import java.time.LocalDate;
import java.util.List;
import org.incasso.fees.FeeScheduleDocument;
import org.incasso.fees.QuoteQuery;
import org.incasso.fees.domain.DoorPolicyMode;
import org.incasso.fees.domain.Region;
import org.jspecify.annotations.Nullable;

/** GraphQL inputs of the quote and the fee schedule. */
final class FeeScheduleInputs {

    private FeeScheduleInputs() {
    }

    record MoneyInput(String amount, String currency) {
    }

    record QuoteInput(String debtorCountry, MoneyInput principal, LocalDate oldestDueDate,
            @Nullable LocalDate submissionDate) {

        QuoteQuery toQuery() {
            return new QuoteQuery(debtorCountry, principal.amount(), principal.currency(), oldestDueDate, submissionDate);
        }
    }

    record AmountBandInput(String name, String lowerExclusive, @Nullable String upperInclusive) {
    }

    record CommissionRateInput(Region region, String band, String percent) {
    }

    record OverdueSurchargeInput(Region region, int thresholdDays, String points) {
    }

    record DoorPolicyInput(String minimumPrincipal, int maximumAgeMonths, DoorPolicyMode mode) {
    }

    record RegionOverrideInput(String country, Region region) {
    }

    record CountrySurchargeInput(String country, int thresholdDays, String points) {
    }

    record UpdateFeeScheduleInput(LocalDate validFrom, List<AmountBandInput> bands, List<CommissionRateInput> rates,
            List<OverdueSurchargeInput> surcharges, String registrationFee, DoorPolicyInput doorPolicy,
            String domesticFlatFeePercent, boolean withdrawalIncludesSurcharge,
            @Nullable List<RegionOverrideInput> regionOverrides, @Nullable List<CountrySurchargeInput> countrySurcharges) {

        /** The currency is the agency's; the service sets it. */
        FeeScheduleDocument toDocument() {
            return new FeeScheduleDocument("XXX",
                    bands.stream().map(b -> new FeeScheduleDocument.Band(b.name(), b.lowerExclusive(),
                            b.upperInclusive())).toList(),
                    rates.stream().map(r -> new FeeScheduleDocument.Rate(r.region(), r.band(), r.percent())).toList(),
                    surcharges.stream().map(s -> new FeeScheduleDocument.Surcharge(s.region(), s.thresholdDays(),
                            s.points())).toList(),
                    registrationFee,
                    new FeeScheduleDocument.Door(doorPolicy.minimumPrincipal(), doorPolicy.maximumAgeMonths(),
                            doorPolicy.mode()),
                    domesticFlatFeePercent, withdrawalIncludesSurcharge,
                    regionOverrides == null ? List.of() : regionOverrides.stream()
                            .map(o -> new FeeScheduleDocument.RegionOverride(o.country(), o.region())).toList(),
                    countrySurcharges == null ? List.of() : countrySurcharges.stream()
                            .map(c -> new FeeScheduleDocument.CountrySurcharge(c.country(), c.thresholdDays(), c.points()))
                            .toList());
        }
    }
}
