package org.incasso.fees.domain;

import java.math.BigDecimal;
import java.util.List;
import org.incasso.money.ExplanationLine;
import org.incasso.money.Money;

/**
 * How one collected payment is split between agency and creditor:
 * {@code commission + retainedInterest + retainedCosts + dueToCreditor = collected total}.
 */
public record Settlement(
        SettlementMode mode,
        CollectedAmounts collected,
        BigDecimal feePercent,
        Money commission,
        Money retainedInterest,
        Money retainedCosts,
        Money dueToCreditor,
        List<ExplanationLine> explanation) {

    public Settlement {
        explanation = List.copyOf(explanation);
    }

    /** Everything the agency keeps from this payment. */
    public Money agencyShare() {
        return commission.plus(retainedInterest).plus(retainedCosts);
    }
}
