package org.incasso.fees.domain;

import java.math.BigDecimal;
import java.util.List;
import org.incasso.money.ExplanationLine;
import org.incasso.money.Money;

/** The fee for withdrawing a claim during the amicable phase. */
public record WithdrawalFee(Money outstandingPrincipal, BigDecimal ratePercent, Money fee, List<ExplanationLine> explanation) {

    public WithdrawalFee {
        explanation = List.copyOf(explanation);
    }
}
