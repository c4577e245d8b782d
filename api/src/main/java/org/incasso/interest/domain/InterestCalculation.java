package org.incasso.interest.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.incasso.money.ExplanationLine;
import org.incasso.money.Money;

/**
 * Interest on one principal from {@code firstInterestDay} up to and including
 * {@code calculationDate}. {@code accrued} = {@code interestPaid} + {@code outstandingInterest};
 * without repayments it is the sum of the unrounded period interests, rounded half-up to cents.
 */
public record InterestCalculation(
        String rateTable,
        Money principal,
        LocalDate firstInterestDay,
        LocalDate calculationDate,
        List<InterestPeriod> periods,
        BigDecimal exactAccrued,
        Money accrued,
        Money interestPaid,
        Money outstandingInterest,
        Money outstandingPrincipal) {

    public InterestCalculation {
        periods = List.copyOf(periods);
    }

    public List<ExplanationLine> explanation() {
        List<ExplanationLine> lines = new ArrayList<>();
        lines.add(new ExplanationLine("interest.rule", "Statutory commercial interest (" + rateTable + ") on "
                + principal + " from " + firstInterestDay + " (day after the due date) up to and including "
                + calculationDate + "; daily interest = base × rate / 100 / 365; unpaid interest is added"
                + " to the base on each anniversary of " + firstInterestDay + "."));
        periods.forEach(p -> lines.add(new ExplanationLine("interest.period", p.describe())));
        lines.add(new ExplanationLine("interest.accrued", "Accrued " + accrued + " (unrounded "
                + exactAccrued.stripTrailingZeros().toPlainString() + "), paid " + interestPaid
                + ", outstanding " + outstandingInterest + "."));
        return List.copyOf(lines);
    }
}
