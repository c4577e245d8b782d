package org.incasso.interest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.incasso.money.Money;

/** Invariants of statutory interest for any principal, due date and calculation dates. */
class InterestProperties {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate EARLIEST_DUE = LocalDate.parse("2016-07-01");

    private final StatutoryInterestCalculator calculator = new StatutoryInterestCalculator();
    private final InterestRateTable dutch = InterestRateTable.dutchStatutoryCommercial();

    @Property
    void interestIsMonotoneInTime(@ForAll("principals") BigDecimal principal, @ForAll @IntRange(max = 3500) int dueOffset,
            @ForAll @IntRange(max = 1500) int firstLength, @ForAll @IntRange(max = 800) int extra) {
        LocalDate due = EARLIEST_DUE.plusDays(dueOffset);
        Money amount = Money.of(principal, EUR);
        Money earlier = calculator.calculate(dutch, amount, due, due.plusDays(firstLength)).accrued();
        Money later = calculator.calculate(dutch, amount, due, due.plusDays(firstLength + extra)).accrued();
        assertThat(later.isLessThan(earlier)).isFalse();
    }

    @Property
    void periodsCoverEveryInterestDayExactlyOnce(@ForAll("principals") BigDecimal principal,
            @ForAll @IntRange(max = 3500) int dueOffset, @ForAll @IntRange(max = 1500) int length) {
        LocalDate due = EARLIEST_DUE.plusDays(dueOffset);
        InterestCalculation result = calculator.calculate(dutch, Money.of(principal, EUR), due, due.plusDays(length));
        assertThat(result.periods().stream().mapToLong(InterestPeriod::days).sum()).isEqualTo(length);
        for (int i = 1; i < result.periods().size(); i++) {
            assertThat(result.periods().get(i).from()).isEqualTo(result.periods().get(i - 1).to().plusDays(1));
        }
    }

    @Property
    void outstandingIsNeverNegativeAfterARepaymentOfEverythingOwed(@ForAll("principals") BigDecimal principal,
            @ForAll @IntRange(min = 1, max = 1000) int paidAfter, @ForAll @IntRange(max = 800) int extra) {
        LocalDate due = LocalDate.parse("2020-01-31");
        Money amount = Money.of(principal, EUR);
        LocalDate paidOn = due.plusDays(paidAfter);
        InterestCalculation before = calculator.balanceAtStartOf(dutch, amount, due, paidOn, List.of());
        Repayment all = new Repayment(paidOn, before.outstandingInterest(), before.outstandingPrincipal());
        InterestCalculation after = calculator.calculate(dutch, amount, due, paidOn.plusDays(extra), List.of(all));
        assertThat(after.outstandingInterest()).isEqualTo(Money.zero(EUR));
        assertThat(after.outstandingPrincipal()).isEqualTo(Money.zero(EUR));
        assertThat(after.accrued()).isEqualTo(before.outstandingInterest());
    }

    @Provide
    Arbitrary<BigDecimal> principals() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("5000000")).ofScale(2);
    }
}
