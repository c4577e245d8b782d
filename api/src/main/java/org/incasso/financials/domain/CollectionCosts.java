package org.incasso.financials.domain;

import java.util.List;
import org.incasso.money.ExplanationLine;
import org.incasso.money.Money;

/** Collection costs of a claim: {@code total = costs + vat}, with the breakdown that produced them. */
public record CollectionCosts(
        CostsRegime regime, Money principal, Money costs, Money vat, Money total, List<ExplanationLine> explanation) {

    public CollectionCosts {
        explanation = List.copyOf(explanation);
    }
}
