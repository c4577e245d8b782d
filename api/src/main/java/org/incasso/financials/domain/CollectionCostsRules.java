package org.incasso.financials.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.incasso.money.ErrorCode;
import org.incasso.money.Money;
import org.incasso.money.Violations;

/** Tenant data for collection costs: the scale with its minimum and maximum, the EU minimum, the VAT rate. */
public record CollectionCostsRules(
        List<ScaleTier> tiers, Money scaleMinimum, Money scaleMaximum, Money euMinimum, BigDecimal vatPercent) {

    private static final Currency EUR = Currency.getInstance("EUR");

    public CollectionCostsRules {
        tiers = List.copyOf(tiers);
        Violations violations = new Violations();
        for (int i = 0; i < tiers.size(); i++) {
            violations.checkPercent("tiers[" + i + "].percent", tiers.get(i).percent());
        }
        violations.checkPercent("vatPercent", vatPercent);
        violations.check(scaleMaximum.currency().equals(scaleMinimum.currency())
                        && euMinimum.currency().equals(scaleMinimum.currency()),
                "scaleMaximum", ErrorCode.CURRENCY_MISMATCH, "minimum, maximum and EU minimum share one currency");
        violations.throwIfAny();
    }

    /**
     * Besluit vergoeding voor buitengerechtelijke incassokosten: 15% of the first 2,500, 10% of
     * the next 2,500, 5% of the next 5,000, 1% of the next 190,000, 0.5% above; min 40, max 6,775.
     * Directive 2011/7/EU: EUR 40. VAT 21%.
     */
    public static CollectionCostsRules defaults() {
        return new CollectionCostsRules(List.of(
                new ScaleTier(new BigDecimal("2500"), new BigDecimal("15")),
                new ScaleTier(new BigDecimal("2500"), new BigDecimal("10")),
                new ScaleTier(new BigDecimal("5000"), new BigDecimal("5")),
                new ScaleTier(new BigDecimal("190000"), new BigDecimal("1")),
                new ScaleTier(null, new BigDecimal("0.5"))),
                Money.of(new BigDecimal("40"), EUR), Money.of(new BigDecimal("6775"), EUR),
                Money.of(new BigDecimal("40"), EUR), new BigDecimal("21"));
    }

    public CollectionCostsRules withVatPercent(BigDecimal percent) {
        return new CollectionCostsRules(tiers, scaleMinimum, scaleMaximum, euMinimum, percent);
    }

    Currency currency() {
        return scaleMinimum.currency();
    }
}
