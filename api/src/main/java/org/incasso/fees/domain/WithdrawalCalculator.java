package org.incasso.fees.domain;

import java.math.BigDecimal;
import java.util.List;
import org.incasso.money.DomainValidationException;
import org.incasso.money.ErrorCode;
import org.incasso.money.ExplanationLine;
import org.incasso.money.Money;

/**
 * Withdrawal during the amicable phase: the claim's commission rate applied to the outstanding
 * principal. Domestic claims use the variable rate too (the flat fee replaces commission only on
 * collected amounts). Whether the claim is still amicable is the claim's own guard.
 */
public final class WithdrawalCalculator {

    public WithdrawalFee fee(CommissionTerms terms, Money outstandingPrincipal) {
        outstandingPrincipal.requireCurrency("outstandingPrincipal", terms.currency());
        if (outstandingPrincipal.isNegative()) {
            throw DomainValidationException.of("outstandingPrincipal", ErrorCode.AMOUNT_NEGATIVE, "negative");
        }
        boolean withSurcharge = terms.withdrawalRule().includeOverdueSurcharge();
        BigDecimal percent = withSurcharge ? terms.ratePercent() : terms.baseRatePercent();
        Money fee = outstandingPrincipal.percent(percent);
        return new WithdrawalFee(outstandingPrincipal, percent, fee, List.of(new ExplanationLine("withdrawal.fee",
                "Withdrawal during the amicable phase: " + percent.toPlainString() + "% of outstanding principal "
                        + outstandingPrincipal + " = " + fee + (withSurcharge && terms.surchargePoints().signum() > 0
                                ? " (incl. overdue surcharge)." : "."))));
    }
}
