package org.incasso.interest.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.incasso.money.DomainValidationException;
import org.incasso.money.ErrorCode;
import org.incasso.money.Money;

/**
 * The running state of interest on one principal, advanced day by day in whole periods. Mutable
 * and confined to one calculation; values are unrounded (34 significant digits after divisions).
 */
final class InterestAccrual {

    // daily interest = base × rate / 100 / 365, also in leap years (product convention)
    private static final BigDecimal PERCENT_DAYS_PER_YEAR = BigDecimal.valueOf(36_500);

    private final InterestRateTable table;
    private final Currency currency;
    private final LocalDate firstDay;
    private final List<InterestPeriod> periods = new ArrayList<>();
    private BigDecimal principal;
    private BigDecimal capitalized = BigDecimal.ZERO;
    private BigDecimal running = BigDecimal.ZERO;
    private BigDecimal accruedExact = BigDecimal.ZERO;
    private BigDecimal interestPaid = BigDecimal.ZERO;
    private LocalDate cursor;

    InterestAccrual(InterestRateTable table, Money principal, LocalDate dueDate) {
        this.table = table;
        this.currency = principal.currency();
        this.principal = principal.amount();
        // art. 6:119a BW: interest runs from the day after the due date
        this.firstDay = dueDate.plusDays(1);
        this.cursor = firstDay;
    }

    LocalDate firstDay() {
        return firstDay;
    }

    /** Accrues every day from the cursor up to and including {@code lastDay}. */
    void accrueThrough(LocalDate lastDay) {
        while (!cursor.isAfter(lastDay)) {
            LocalDate end = nextBoundary(lastDay.plusDays(1));
            accrue(cursor, end);
            cursor = end;
            if (isAnniversary(cursor)) {
                // art. 6:119 lid 2 BW: each year unpaid interest is added to the base
                capitalized = capitalized.add(running);
                running = BigDecimal.ZERO;
            }
        }
    }

    /** Applies an allocated repayment at the start of its day; interest paid reduces the oldest first. */
    void repay(Repayment repayment, String field) {
        BigDecimal interest = repayment.interest().amount();
        BigDecimal paidPrincipal = repayment.principal().amount();
        if (interest.compareTo(outstandingInterest().amount()) > 0) {
            throw exceeds(field + ".interest", repayment.interest(), outstandingInterest());
        }
        if (paidPrincipal.compareTo(principal) > 0) {
            throw exceeds(field + ".principal", repayment.principal(), Money.of(principal, currency));
        }
        payInterest(interest);
        principal = principal.subtract(paidPrincipal);
    }

    InterestCalculation result(Money originalPrincipal, LocalDate calculationDate) {
        Money paid = Money.rounded(interestPaid, currency);
        Money outstanding = outstandingInterest();
        return new InterestCalculation(table.name(), originalPrincipal, firstDay, calculationDate, periods,
                accruedExact, paid.plus(outstanding), paid, outstanding, Money.of(principal, currency));
    }

    private Money outstandingInterest() {
        return Money.rounded(capitalized.add(running), currency);
    }

    private void payInterest(BigDecimal amount) {
        interestPaid = interestPaid.add(amount);
        if (amount.compareTo(outstandingInterest().amount()) == 0) {
            // paid in full as allocated (to the cent, possibly 0.00): no sub-cent residue stays behind to compound
            capitalized = BigDecimal.ZERO;
            running = BigDecimal.ZERO;
            return;
        }
        BigDecimal fromCapitalized = amount.min(capitalized);
        capitalized = capitalized.subtract(fromCapitalized);
        running = running.subtract(amount.subtract(fromCapitalized));
    }

    private void accrue(LocalDate from, LocalDate endExclusive) {
        BigDecimal base = principal.add(capitalized);
        if (base.signum() <= 0) {
            return;
        }
        long days = ChronoUnit.DAYS.between(from, endExclusive);
        BigDecimal rate = table.percentOn(from);
        BigDecimal interest = base.multiply(rate).multiply(BigDecimal.valueOf(days))
                .divide(PERCENT_DAYS_PER_YEAR, MathContext.DECIMAL128);
        running = running.add(interest);
        accruedExact = accruedExact.add(interest);
        periods.add(new InterestPeriod(from, endExclusive.minusDays(1), days, Money.rounded(base, currency), rate,
                Money.rounded(interest, currency), base, interest));
    }

    /** The first day after the cursor on which the rate changes, the base compounds, or the range ends. */
    private LocalDate nextBoundary(LocalDate endExclusive) {
        LocalDate next = endExclusive;
        LocalDate anniversary = nextAnniversaryAfter(cursor);
        if (anniversary.isBefore(next)) {
            next = anniversary;
        }
        return table.changesAfter(cursor, next.minusDays(1)).stream().findFirst().orElse(next);
    }

    // counted from the first interest day itself, so a 29 February start compounds on 28 February
    private LocalDate nextAnniversaryAfter(LocalDate day) {
        int years = 1;
        while (!firstDay.plusYears(years).isAfter(day)) {
            years++;
        }
        return firstDay.plusYears(years);
    }

    private boolean isAnniversary(LocalDate day) {
        int years = 1;
        while (firstDay.plusYears(years).isBefore(day)) {
            years++;
        }
        return firstDay.plusYears(years).equals(day);
    }

    private static DomainValidationException exceeds(String field, Money paid, Money outstanding) {
        return DomainValidationException.of(field, ErrorCode.EXCEEDS_OUTSTANDING,
                paid + " is more than the outstanding " + outstanding);
    }
}
