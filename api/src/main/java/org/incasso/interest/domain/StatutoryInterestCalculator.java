package org.incasso.interest.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.incasso.money.DomainValidationException;
import org.incasso.money.ErrorCode;
import org.incasso.money.Money;
import org.incasso.money.Violations;

/**
 * Statutory commercial interest (art. 6:119a BW) on one principal. Interest accrues for each day
 * from the day after the due date up to and including the calculation date, at the rate in force
 * on that day; daily interest = base × rate / 100 / 365 (also in leap years); on each anniversary
 * of the first interest day the unpaid interest is added to the base; a repayment counts from the
 * start of the day it is received. Intermediates stay unrounded; results are rounded half-up.
 */
public final class StatutoryInterestCalculator {

    public InterestCalculation calculate(InterestRateTable table, Money principal, LocalDate dueDate,
            LocalDate calculationDate) {
        return calculate(table, principal, dueDate, calculationDate, List.of());
    }

    /** Interest up to and including {@code calculationDate}, with the given allocated repayments. */
    public InterestCalculation calculate(InterestRateTable table, Money principal, LocalDate dueDate,
            LocalDate calculationDate, List<Repayment> repayments) {
        principal.requirePositive("principal");
        if (dueDate.isAfter(calculationDate)) {
            throw DomainValidationException.of("dueDate", ErrorCode.DUE_DATE_IN_FUTURE,
                    "due date " + dueDate + " is after the calculation date " + calculationDate);
        }
        validate(principal, repayments, calculationDate);
        return replay(table, principal, dueDate, calculationDate, repayments);
    }

    /**
     * The balance at the start of {@code day}, before the next payment received that day is
     * allocated: interest up to and including the day before, after {@code repayments} up to and
     * including {@code day} (an earlier payment on the same day already counts). Zero interest when
     * the principal was not yet overdue.
     */
    public InterestCalculation balanceAtStartOf(InterestRateTable table, Money principal, LocalDate dueDate,
            LocalDate day, List<Repayment> repayments) {
        principal.requirePositive("principal");
        LocalDate dayBefore = day.minusDays(1);
        validate(principal, repayments, day);
        return replay(table, principal, dueDate, dayBefore, repayments);
    }

    private static InterestCalculation replay(InterestRateTable table, Money principal, LocalDate dueDate,
            LocalDate lastDay, List<Repayment> repayments) {
        InterestAccrual accrual = new InterestAccrual(table, principal, dueDate);
        List<Repayment> inOrder = repayments.stream().sorted(Comparator.comparing(Repayment::date)).toList();
        for (int i = 0; i < inOrder.size(); i++) {
            Repayment repayment = inOrder.get(i);
            accrual.accrueThrough(repayment.date().minusDays(1));
            accrual.repay(repayment, "repayments[" + i + "]");
        }
        accrual.accrueThrough(lastDay);
        return accrual.result(principal, lastDay);
    }

    private static void validate(Money principal, List<Repayment> repayments, LocalDate latestDate) {
        Violations violations = new Violations();
        for (int i = 0; i < repayments.size(); i++) {
            Repayment r = repayments.get(i);
            String field = "repayments[" + i + "]";
            violations.check(r.interest().currency().equals(principal.currency())
                            && r.principal().currency().equals(principal.currency()),
                    field, ErrorCode.CURRENCY_MISMATCH, "repayment currency differs from " + principal.currency());
            violations.check(!r.interest().isNegative(), field + ".interest", ErrorCode.AMOUNT_NEGATIVE, "negative");
            violations.check(!r.principal().isNegative(), field + ".principal", ErrorCode.AMOUNT_NEGATIVE, "negative");
            violations.check(!r.date().isAfter(latestDate), field + ".date", ErrorCode.DATE_AFTER_CALCULATION_DATE,
                    r.date() + " is after " + latestDate);
        }
        violations.throwIfAny();
    }
}
