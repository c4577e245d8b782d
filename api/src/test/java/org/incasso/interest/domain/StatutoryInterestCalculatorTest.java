package org.incasso.interest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.incasso.money.DomainValidationException;
import org.incasso.money.ErrorCode;
import org.incasso.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected values worked out by hand from the conventions in PRODUCT.md: interest for each day
 * from the day after the due date up to and including the calculation date; daily interest =
 * base × rate / 100 / 365 (also in leap years), so a period's interest = base × rate × days / 36,500.
 */
class StatutoryInterestCalculatorTest {

    private final StatutoryInterestCalculator calculator = new StatutoryInterestCalculator();
    private final InterestRateTable dutch = InterestRateTable.dutchStatutoryCommercial();

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private InterestCalculation calculate(String principal, String due, String until) {
        return calculator.calculate(dutch, eur(principal), date(due), date(until));
    }

    @ParameterizedTest(name = "{0} due {1} until {2} → {3}")
    @CsvSource({
            // 2024-02-01..2024-03-01 = 29 + 1 = 30 days at 12.50: 1000 × 12.5 × 30 / 36500 = 10.2739… → 10.27
            "1000.00,  2024-01-31, 2024-03-01, 10.27",
            // first day only: 1000 × 12.5 × 1 / 36500 = 0.3424… → 0.34
            "1000.00,  2024-01-31, 2024-02-01, 0.34",
            // due date = calculation date: interest starts tomorrow → 0.00
            "1000.00,  2024-01-31, 2024-01-31, 0.00",
            // 2024 is a leap year but still / 365: 2024-01-01..2024-06-30 = 182 days at 12.50:
            // 3650 × 12.5 × 182 / 36500 = 0.1 × 12.5 × 182 = 227.50
            "3650.00,  2023-12-31, 2024-06-30, 227.50",
            // rate change on 1 July: 2024-06-01..06-30 30 days at 12.50 = 3,750,000 / 36500 = 102.7397…
            // + 2024-07-01..07-31 31 days at 12.25 = 3,797,500 / 36500 = 104.0410…; sum 206.7808… → 206.78
            "10000.00, 2024-05-31, 2024-07-31, 206.78",
            // whole leap year 2024-01-01..2024-12-31 = 366 days: 182 at 12.50 (2,275,000 / 36500 = 62.3287…)
            // + 184 at 12.25 (2,254,000 / 36500 = 61.7534…) = 4,529,000 / 36500 = 124.0821… → 124.08
            "1000.00,  2023-12-31, 2024-12-31, 124.08",
            // rate change on 1 January: 2024-12-01..12-31 31 days at 12.25 (379,750 / 36500 = 10.4041…)
            // + 2025-01-01..01-31 31 days at 11.15 (345,650 / 36500 = 9.4698…) = 725,400 / 36500 = 19.8739… → 19.87
            "1000.00,  2024-11-30, 2025-01-31, 19.87"
    })
    void accruesDailyInterestAtTheRateInForceOnEachDay(String principal, String due, String until, String expected) {
        InterestCalculation result = calculate(principal, due, until);
        assertThat(result.accrued()).isEqualTo(eur(expected));
        assertThat(result.outstandingInterest()).isEqualTo(eur(expected));
        assertThat(result.interestPaid()).isEqualTo(eur("0"));
    }

    @Test
    void breaksTheResultDownPerRatePeriod() {
        InterestCalculation result = calculate("10000.00", "2024-05-31", "2024-07-31");
        assertThat(result.firstInterestDay()).isEqualTo(date("2024-06-01"));
        assertThat(result.periods()).extracting(InterestPeriod::from, InterestPeriod::to, InterestPeriod::days,
                InterestPeriod::base, InterestPeriod::ratePercent, InterestPeriod::interest).containsExactly(
                org.assertj.core.groups.Tuple.tuple(date("2024-06-01"), date("2024-06-30"), 30L, eur("10000.00"),
                        new BigDecimal("12.50"), eur("102.74")),
                org.assertj.core.groups.Tuple.tuple(date("2024-07-01"), date("2024-07-31"), 31L, eur("10000.00"),
                        new BigDecimal("12.25"), eur("104.04")));
        assertThat(result.explanation().toString()).contains("30 days × 10000.00 EUR × 12.50% / 365 = 102.74 EUR");
    }

    @Test
    void keepsIntermediateValuesUnrounded() {
        // 102.7397260… + 104.0410958… = 206.7808219…; rounding each line first would give 102.74 + 104.04 = 206.78 too,
        // so check the exact sum: (3,750,000 + 3,797,500) / 36500 = 7,547,500 / 36500 = 206.780821917808…
        InterestCalculation result = calculate("10000.00", "2024-05-31", "2024-07-31");
        assertThat(result.exactAccrued()).isCloseTo(new BigDecimal("206.7808219178082191780821917808"),
                org.assertj.core.data.Offset.offset(new BigDecimal("1E-25")));
    }

    @Test
    void addsUnpaidInterestToTheBaseOnTheAnniversaryOfTheFirstInterestDay() {
        // due 2023-06-30 → first day 2023-07-01, anniversary 2024-07-01
        // 2023-07-01..12-31 184 days at 12.00: 10000 × 12 × 184 / 36500 = 22,080,000 / 36500 = 604.9315…
        // 2024-01-01..06-30 182 days at 12.50: 10000 × 12.5 × 182 / 36500 = 22,750,000 / 36500 = 623.2876…
        // unpaid on 2024-07-01: 44,830,000 / 36500 = 1228.2191780822 → base 11228.2191780822
        // 2024-07-01..07-31 31 days at 12.25: 11228.2191780822 × 12.25 × 31 / 36500 = 116.8196228185
        // total 1228.2191780822 + 116.8196228185 = 1345.0388009007 → 1345.04
        // (without compounding the last period would be 104.0410… and the total 1332.26)
        InterestCalculation result = calculate("10000.00", "2023-06-30", "2024-07-31");
        assertThat(result.accrued()).isEqualTo(eur("1345.04"));
        assertThat(result.periods()).extracting(InterestPeriod::base, InterestPeriod::interest).containsExactly(
                org.assertj.core.groups.Tuple.tuple(eur("10000.00"), eur("604.93")),
                org.assertj.core.groups.Tuple.tuple(eur("10000.00"), eur("623.29")),
                org.assertj.core.groups.Tuple.tuple(eur("11228.22"), eur("116.82")));
    }

    @Test
    void theAnniversaryOfA29FebruaryStartIs28FebruaryInAnOrdinaryYear() {
        // due 2024-02-28 → first day 2024-02-29; anniversary 2025-02-28 (2024-02-29 plus one year)
        // 2024-02-29..06-30 123 days at 12.50: 1,537,500 / 36500
        // 2024-07-01..12-31 184 days at 12.25: 2,254,000 / 36500
        // 2025-01-01..02-27  58 days at 11.15:   646,700 / 36500
        // unpaid on 2025-02-28: 4,438,200 / 36500 = 121.5945205479 → base 1121.5945205479
        // 2025-02-28..03-01 2 days at 11.15: 1121.5945205479 × 11.15 × 2 / 36500 = 0.6852481591
        // total 122.2797687070 → 122.28 (without compounding: 121.5945 + 0.6110 = 122.21)
        InterestCalculation result = calculate("1000.00", "2024-02-28", "2025-03-01");
        assertThat(result.accrued()).isEqualTo(eur("122.28"));
        assertThat(result.periods()).extracting(InterestPeriod::days).containsExactly(123L, 184L, 58L, 2L);
    }

    @Test
    void aPartialPaymentReducesTheBaseFromTheStartOfTheDayItIsReceived() {
        // 2024-02-01..02-29 29 days at 12.50 on 1000: 362,500 / 36500 = 9.9315… → 9.93 outstanding at the start of 03-01
        // payment of 510.00 on 2024-03-01 (art. 6:44 BW): interest 9.93, principal 500.07 → base 499.93
        // 2024-03-01..03-31 31 days at 12.50 on 499.93: 499.93 × 12.5 × 31 / 36500 = 5.3074… → 5.31
        // accrued = paid 9.93 + outstanding 5.31 = 15.24
        Repayment payment = new Repayment(date("2024-03-01"), eur("9.93"), eur("500.07"));
        InterestCalculation result = calculator.calculate(dutch, eur("1000.00"), date("2024-01-31"), date("2024-03-31"),
                List.of(payment));
        assertThat(result.periods()).extracting(InterestPeriod::from, InterestPeriod::days, InterestPeriod::base,
                InterestPeriod::interest).containsExactly(
                org.assertj.core.groups.Tuple.tuple(date("2024-02-01"), 29L, eur("1000.00"), eur("9.93")),
                org.assertj.core.groups.Tuple.tuple(date("2024-03-01"), 31L, eur("499.93"), eur("5.31")));
        assertThat(result.interestPaid()).isEqualTo(eur("9.93"));
        assertThat(result.outstandingInterest()).isEqualTo(eur("5.31"));
        assertThat(result.accrued()).isEqualTo(eur("15.24"));
        assertThat(result.outstandingPrincipal()).isEqualTo(eur("499.93"));
    }

    @Test
    void theBalanceAtTheStartOfAPaymentDayExcludesThatDay() {
        // at the start of 2024-03-01: 29 days (02-01..02-29) = 9.9315… → 9.93
        InterestCalculation balance = calculator.balanceAtStartOf(dutch, eur("1000.00"), date("2024-01-31"),
                date("2024-03-01"), List.of());
        assertThat(balance.outstandingInterest()).isEqualTo(eur("9.93"));
        assertThat(balance.calculationDate()).isEqualTo(date("2024-02-29"));
        // a payment day on or before the first interest day: nothing accrued yet
        assertThat(calculator.balanceAtStartOf(dutch, eur("1000.00"), date("2024-01-31"), date("2024-02-01"), List.of())
                .outstandingInterest()).isEqualTo(eur("0.00"));
    }

    @Test
    void interestPaidBeforeTheAnniversaryIsNotCompounded() {
        // first day 2023-07-01. Payment on 2024-06-01 of all interest so far:
        // 2023-07-01..12-31 184 days at 12.00 on 1000: 2,208,000 / 36500 = 60.4931…
        // 2024-01-01..05-31 152 days at 12.50 on 1000: 1,900,000 / 36500 = 52.0547…
        // sum 4,108,000 / 36500 = 112.5479… → 112.55 paid. Unpaid on 2024-07-01: 2024-06-01..06-30
        // 30 days at 12.50 = 375,000 / 36500 = 10.2739… → base 1010.2739726…
        // 2024-07-01..07-31 31 days at 12.25: 1010.2739726 × 12.25 × 31 / 36500 = 10.5110011…
        // outstanding 10.2739726 + 10.5110011 = 20.7849737 → 20.78
        Repayment payment = new Repayment(date("2024-06-01"), eur("112.55"), eur("0.00"));
        InterestCalculation result = calculator.calculate(dutch, eur("1000.00"), date("2023-06-30"), date("2024-07-31"),
                List.of(payment));
        assertThat(result.outstandingInterest()).isEqualTo(eur("20.78"));
        assertThat(result.periods().getLast().base()).isEqualTo(eur("1010.27"));
    }

    @Test
    void usesTheCountrysTableOrTheEcbRatePlusEightPoints() {
        InterestRateTables tables = InterestRateTables.defaults();
        assertThat(tables.forCountry("NL")).isEqualTo(dutch);
        // BE has no own table: ECB 3.15 (2025-01-01) + 8 = 11.15; ECB 2.15 (2025-07-01) + 8 = 10.15
        assertThat(tables.forCountry("BE").percentOn(date("2025-02-01"))).isEqualByComparingTo("11.15");
        assertThat(tables.forCountry("be").percentOn(date("2025-07-01"))).isEqualByComparingTo("10.15");
        // the seeded NL rows are the ECB rows + 8 points, row by row
        for (InterestRate rate : dutch.rates()) {
            assertThat(tables.forCountry("DE").percentOn(rate.validFrom())).isEqualByComparingTo(rate.percent());
        }
    }

    @Test
    void aCountryWithItsOwnTableUsesIt() {
        InterestRateTable german = new InterestRateTable("DE", List.of(InterestRate.of("2024-01-01", "9.00")));
        InterestRateTables tables = new InterestRateTables(java.util.Map.of("DE", german),
                InterestRateTables.defaults().fallback());
        // 1000 × 9 × 30 / 36500 = 7.3972… → 7.40
        InterestCalculation result = calculator.calculate(tables.forCountry("DE"), eur("1000.00"), date("2024-01-31"),
                date("2024-03-01"));
        assertThat(result.accrued()).isEqualTo(eur("7.40"));
    }

    @Test
    void rejectsBadInputNamingTheField() {
        assertError(() -> calculate("1000.00", "2024-03-02", "2024-03-01"), "dueDate", ErrorCode.DUE_DATE_IN_FUTURE);
        assertError(() -> calculate("0.00", "2024-01-31", "2024-03-01"), "principal", ErrorCode.AMOUNT_NOT_POSITIVE);
        assertError(() -> calculate("1000.00", "2016-01-01", "2016-03-01"), "dueDate", ErrorCode.NO_RATE_IN_FORCE);
        assertError(() -> calculator.calculate(dutch, eur("1000.00"), date("2024-01-31"), date("2024-03-01"),
                List.of(Repayment.ofPrincipal(date("2024-03-02"), eur("10")))), "repayments[0].date",
                ErrorCode.DATE_AFTER_CALCULATION_DATE);
        assertError(() -> calculator.calculate(dutch, eur("1000.00"), date("2024-01-31"), date("2024-03-01"),
                List.of(Repayment.ofPrincipal(date("2024-02-10"), Money.of("10", "USD")))), "repayments[0]",
                ErrorCode.CURRENCY_MISMATCH);
        // at the start of 2024-02-10: 9 days = 1000 × 12.5 × 9 / 36500 = 3.08; paying 3.09 interest is too much
        assertError(() -> calculator.calculate(dutch, eur("1000.00"), date("2024-01-31"), date("2024-03-01"),
                List.of(new Repayment(date("2024-02-10"), eur("3.09"), eur("0")))), "repayments[0].interest",
                ErrorCode.EXCEEDS_OUTSTANDING);
        assertError(() -> calculator.calculate(dutch, eur("1000.00"), date("2024-01-31"), date("2024-03-01"),
                List.of(Repayment.ofPrincipal(date("2024-02-10"), eur("1000.01")))), "repayments[0].principal",
                ErrorCode.EXCEEDS_OUTSTANDING);
    }

    @Test
    void rejectsRatesOutside0To100() {
        assertError(() -> InterestRate.of("2024-01-01", "-0.01"), "percent", ErrorCode.RATE_OUT_OF_RANGE);
        assertError(() -> InterestRate.of("2024-01-01", "100.01"), "percent", ErrorCode.RATE_OUT_OF_RANGE);
        assertError(() -> new InterestRateTable("x", List.of(InterestRate.of("2024-01-01", "1"),
                InterestRate.of("2024-01-01", "2"))), "rates[1].validFrom", ErrorCode.DUPLICATE_VALID_FROM);
    }

    private static void assertError(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
            ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.code()).isEqualTo(code);
        });
    }
}
