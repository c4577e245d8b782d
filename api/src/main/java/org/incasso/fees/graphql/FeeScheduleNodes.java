package org.incasso.fees.graphql;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.incasso.common.FieldViolation;
import org.incasso.fees.AgencyQuote;
import org.incasso.fees.FeeScheduleVersion;
import org.incasso.fees.domain.DoorPolicyMode;
import org.incasso.fees.domain.FeeSchedule;
import org.incasso.fees.domain.Quote;
import org.incasso.fees.domain.Region;
import org.incasso.fees.domain.WarningCode;
import org.incasso.money.ExplanationLine;
import org.incasso.money.Money;
import org.jspecify.annotations.Nullable;

/** GraphQL types of the quote and the fee schedule: decimals as plain strings, never floats. */
final class FeeScheduleNodes {

    private FeeScheduleNodes() {
    }

    record MoneyNode(String amount, String currency) {

        static MoneyNode of(Money money) {
            return new MoneyNode(money.amount().toPlainString(), money.currency().getCurrencyCode());
        }
    }

    record QuoteWarningNode(WarningCode code, String message) {
    }

    record QuoteNode(String agency, LocalDate scheduleValidFrom, Region region, String band, String baseRatePercent,
            String surchargePoints, String commissionRatePercent, @Nullable String domesticFlatFeePercent,
            MoneyNode registrationFee, int expectedAmicableDays, List<QuoteWarningNode> warnings, boolean refused,
            List<ExplanationLine> explanation) {

        static QuoteNode of(AgencyQuote agencyQuote) {
            Quote q = agencyQuote.quote();
            return new QuoteNode(agencyQuote.agency().name(), q.terms().scheduleValidFrom(), q.region(), q.band().name(),
                    q.terms().baseRatePercent().toPlainString(), q.surchargePoints().toPlainString(),
                    q.commissionRatePercent().toPlainString(),
                    q.terms().isDomestic() ? q.terms().domesticFlatFeePercent().toPlainString() : null,
                    MoneyNode.of(q.registrationFee()), q.expectedAmicableDays(),
                    q.warnings().stream().map(w -> new QuoteWarningNode(w.code(), w.text())).toList(), q.refused(),
                    q.explanation());
        }
    }

    record AmountBandNode(String name, String lowerExclusive, @Nullable String upperInclusive) {
    }

    record CommissionRateNode(Region region, String band, String percent) {
    }

    record OverdueSurchargeNode(Region region, int thresholdDays, String points) {
    }

    record DoorPolicyNode(MoneyNode minimumPrincipal, int maximumAgeMonths, DoorPolicyMode mode) {
    }

    record FeeScheduleNode(LocalDate validFrom, String currency, List<AmountBandNode> bands,
            List<CommissionRateNode> rates, List<OverdueSurchargeNode> surcharges, MoneyNode registrationFee,
            DoorPolicyNode doorPolicy, String domesticFlatFeePercent, boolean withdrawalIncludesSurcharge,
            List<RegionOverrideNode> regionOverrides, List<CountrySurchargeNode> countrySurcharges,
            @Nullable String createdBy, @Nullable OffsetDateTime createdAt) {

        static FeeScheduleNode of(FeeScheduleVersion version) {
            FeeSchedule s = version.schedule();
            return new FeeScheduleNode(s.validFrom(), s.currency().getCurrencyCode(),
                    s.commission().bands().stream().map(b -> new AmountBandNode(b.name(),
                            b.lowerExclusive().toPlainString(),
                            b.upperInclusive() == null ? null : b.upperInclusive().toPlainString())).toList(),
                    s.commission().rates().stream().map(r -> new CommissionRateNode(r.region(), r.band(),
                            r.percent().toPlainString())).toList(),
                    s.surcharges().byRegion().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(e -> new OverdueSurchargeNode(e.getKey(), e.getValue().thresholdDays(),
                                    e.getValue().points().toPlainString())).toList(),
                    MoneyNode.of(s.registrationFee()),
                    new DoorPolicyNode(MoneyNode.of(s.doorPolicy().minimumPrincipal()),
                            s.doorPolicy().maximumAgeMonths(), s.doorPolicy().mode()),
                    s.domesticFlatFee().percent().toPlainString(), s.withdrawalRule().includeOverdueSurcharge(),
                    s.regions().overrides().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(e -> new RegionOverrideNode(e.getKey(), e.getValue())).toList(),
                    s.surcharges().byCountry().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(e -> new CountrySurchargeNode(e.getKey(), e.getValue().thresholdDays(),
                                    e.getValue().points().toPlainString())).toList(),
                    version.createdBy(), version.createdAt());
        }
    }

    record RegionOverrideNode(String country, Region region) {
    }

    record CountrySurchargeNode(String country, int thresholdDays, String points) {
    }

    record FeeSchedulePayload(@Nullable FeeScheduleNode feeSchedule, List<FieldViolation> errors) {
    }
}
