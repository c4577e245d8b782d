package org.incasso.financials.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.incasso.money.ExplanationLine;
import org.incasso.money.Money;

/**
 * Extrajudicial collection costs of a claim, computed on the claim's total principal. The scale's
 * tiers are summed unrounded, bounded by minimum and maximum, then rounded half-up; VAT is added
 * on the rounded costs when the creditor cannot deduct VAT.
 */
public final class CollectionCostsCalculator {

    private final CollectionCostsRules rules;

    public CollectionCostsCalculator(CollectionCostsRules rules) {
        this.rules = rules;
    }

    public CollectionCosts calculate(Money principal, CostsRegime regime, boolean creditorCanDeductVat) {
        principal.requirePositive("principal");
        List<ExplanationLine> lines = new ArrayList<>();
        Money costs = switch (regime) {
            case DUTCH_SCALE -> scale(principal.requireCurrency("principal.currency", rules.currency()), lines);
            case EU_MINIMUM -> euMinimum(principal.requireCurrency("principal.currency", rules.currency()), lines);
            case NONE -> none(principal, lines);
        };
        Money vat = creditorCanDeductVat || costs.isZero() ? Money.zero(costs.currency()) : costs.percent(rules.vatPercent());
        lines.add(new ExplanationLine("costs.vat", creditorCanDeductVat || costs.isZero()
                ? "No VAT added (creditor can deduct VAT or no costs)."
                : rules.vatPercent().toPlainString() + "% VAT on " + costs + " = " + vat
                        + " (creditor cannot deduct VAT)."));
        return new CollectionCosts(regime, principal, costs, vat, costs.plus(vat), lines);
    }

    // Besluit vergoeding voor buitengerechtelijke incassokosten art. 2: tiered percentages, min and max
    private Money scale(Money principal, List<ExplanationLine> lines) {
        BigDecimal rest = principal.amount();
        BigDecimal sum = BigDecimal.ZERO;
        for (ScaleTier tier : rules.tiers()) {
            BigDecimal portion = tier.width() == null ? rest : rest.min(tier.width());
            if (portion.signum() <= 0) {
                break;
            }
            BigDecimal part = portion.multiply(tier.percent()).movePointLeft(2);
            lines.add(new ExplanationLine("costs.scale", tier.percent().toPlainString() + "% of "
                    + Money.of(portion, principal.currency()) + " = " + part.stripTrailingZeros().toPlainString()));
            sum = sum.add(part);
            rest = rest.subtract(portion);
        }
        return bounded(sum, principal, lines);
    }

    private Money bounded(BigDecimal sum, Money principal, List<ExplanationLine> lines) {
        BigDecimal min = rules.scaleMinimum().amount();
        BigDecimal max = rules.scaleMaximum().amount();
        BigDecimal bounded = sum.max(min).min(max);
        Money costs = Money.rounded(bounded, principal.currency());
        String bound = sum.compareTo(min) < 0 ? " → raised to the minimum " + rules.scaleMinimum()
                : sum.compareTo(max) > 0 ? " → capped at the maximum " + rules.scaleMaximum() : "";
        lines.add(new ExplanationLine("costs.amount", "Scale on principal " + principal + ": "
                + sum.stripTrailingZeros().toPlainString() + bound + " → " + costs + "."));
        return costs;
    }

    // directive 2011/7/EU art. 6: a fixed EUR 40 per claim for debtors elsewhere in the EU
    private Money euMinimum(Money principal, List<ExplanationLine> lines) {
        lines.add(new ExplanationLine("costs.amount", "Debtor elsewhere in the EU: fixed compensation "
                + rules.euMinimum() + " per claim (directive 2011/7/EU)."));
        return rules.euMinimum();
    }

    private static Money none(Money principal, List<ExplanationLine> lines) {
        lines.add(new ExplanationLine("costs.amount", "No statutory collection costs for this debtor."));
        return Money.zero(principal.currency());
    }
}
