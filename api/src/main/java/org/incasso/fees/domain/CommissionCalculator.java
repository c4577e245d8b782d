package org.incasso.fees.domain;

import java.math.BigDecimal;
import java.util.List;
import org.incasso.money.ExplanationLine;
import org.incasso.money.Money;

/**
 * Settles a collected payment (received by the agency or reported by the creditor: both are
 * commission-liable). Commission is only ever charged on collected principal.
 */
public final class CommissionCalculator {

    /**
     * @param payment what this payment paid off
     * @param collectedBefore what earlier payments on the same claim paid off; decides, together
     *     with this payment, whether interest or costs were collected on a domestic claim
     */
    public Settlement settle(CommissionTerms terms, CollectedAmounts payment, CollectedAmounts collectedBefore) {
        payment.principal().requireCurrency("payment.currency", terms.currency());
        collectedBefore.principal().requireCurrency("collectedBefore.currency", terms.currency());
        if (!terms.isDomestic()) {
            return export(terms, payment);
        }
        boolean interestOrCostsCollected = collectedBefore.plus(payment).interestAndCosts().isPositive();
        return interestOrCostsCollected ? domesticFlatFee(terms, payment) : variable(terms, payment);
    }

    // domestic, interest or costs collected: they go to the creditor; flat fee on principal instead of the commission
    private static Settlement domesticFlatFee(CommissionTerms terms, CollectedAmounts payment) {
        BigDecimal percent = terms.domesticFlatFeePercent();
        Money fee = payment.principal().percent(percent);
        Money zero = Money.zero(terms.currency());
        return new Settlement(SettlementMode.DOMESTIC_FLAT_FEE, payment, percent, fee, zero, zero,
                payment.total().minus(fee), List.of(
                        line(terms, payment, percent, fee, "domestic claim with interest or costs collected: flat fee"),
                        new ExplanationLine("settlement.interestAndCosts", "Collected interest "
                                + payment.interest() + " and costs " + payment.costs() + " go to the creditor.")));
    }

    // domestic without interest or costs collected: the variable commission (with surcharge) on principal
    private static Settlement variable(CommissionTerms terms, CollectedAmounts payment) {
        BigDecimal percent = terms.ratePercent();
        Money commission = payment.principal().percent(percent);
        Money zero = Money.zero(terms.currency());
        return new Settlement(SettlementMode.VARIABLE_COMMISSION, payment, percent, commission, zero, zero,
                payment.total().minus(commission),
                List.of(line(terms, payment, percent, commission, "variable commission for " + terms.region()
                        + " / " + terms.band().name())));
    }

    // export claim: commission on principal only; the agency keeps collected interest and costs
    private static Settlement export(CommissionTerms terms, CollectedAmounts payment) {
        BigDecimal percent = terms.ratePercent();
        Money commission = payment.principal().percent(percent);
        return new Settlement(SettlementMode.EXPORT, payment, percent, commission, payment.interest(),
                payment.costs(), payment.principal().minus(commission), List.of(
                        line(terms, payment, percent, commission, "variable commission for " + terms.region()
                                + " / " + terms.band().name()),
                        new ExplanationLine("settlement.interestAndCosts", "Export claim: the agency keeps collected"
                                + " interest " + payment.interest() + " and costs " + payment.costs()
                                + "; no commission on them.")));
    }

    private static ExplanationLine line(CommissionTerms terms, CollectedAmounts payment, BigDecimal percent,
            Money fee, String rule) {
        return new ExplanationLine("settlement.commission", percent.toPlainString() + "% of collected principal "
                + payment.principal() + " = " + fee + " (" + rule + surcharge(terms) + ").");
    }

    private static String surcharge(CommissionTerms terms) {
        return terms.surchargePoints().signum() > 0
                ? ", incl. +" + terms.surchargePoints().toPlainString() + " points overdue surcharge"
                : "";
    }
}
