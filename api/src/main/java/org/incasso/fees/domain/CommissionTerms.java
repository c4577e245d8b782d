package org.incasso.fees.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.incasso.money.ExplanationLine;

/**
 * The commission terms a claim keeps from the schedule version in force at submission: region,
 * amount band (by the claim's principal at submission), base rate and the overdue surcharge.
 */
public record CommissionTerms(
        LocalDate scheduleValidFrom,
        String debtorCountry,
        Region region,
        AmountBand band,
        BigDecimal baseRatePercent,
        OverdueSurcharge surchargeRule,
        long daysOverdueAtSubmission,
        BigDecimal surchargePoints,
        BigDecimal domesticFlatFeePercent,
        WithdrawalRule withdrawalRule,
        Currency currency) {

    /** The variable commission rate: base rate for region and band, plus the surcharge if it applies. */
    public BigDecimal ratePercent() {
        return baseRatePercent.add(surchargePoints);
    }

    public boolean isDomestic() {
        return region == Region.DOMESTIC;
    }

    public List<ExplanationLine> explanation() {
        return List.of(
                new ExplanationLine("commission.schedule", "Fee schedule version valid from " + scheduleValidFrom
                        + " (in force at submission)."),
                new ExplanationLine("commission.region", "Debtor country " + debtorCountry + " → region " + region + "."),
                new ExplanationLine("commission.band", "Principal " + band.describe() + " " + currency
                        + " → band " + band.name() + ": " + baseRatePercent.toPlainString() + "% for " + region + "."),
                new ExplanationLine("commission.surcharge", surchargeText()));
    }

    private String surchargeText() {
        String days = "Oldest invoice " + daysOverdueAtSubmission + " days overdue at submission";
        return surchargePoints.signum() > 0
                ? days + " (more than " + surchargeRule.thresholdDays() + ") → +" + surchargePoints.toPlainString()
                        + " points: " + ratePercent().toPlainString() + "%."
                : days + " (not more than " + surchargeRule.thresholdDays() + ") → no surcharge.";
    }
}
