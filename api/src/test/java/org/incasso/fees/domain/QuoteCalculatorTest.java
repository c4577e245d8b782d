package org.incasso.fees.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.incasso.fees.domain.FeeScheduleFixtures.dutchDefaults;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.incasso.money.DomainValidationException;
import org.incasso.money.ErrorCode;
import org.incasso.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteCalculatorTest {

    private static final LocalDate SUBMITTED = LocalDate.parse("2025-03-01");

    private final QuoteCalculator calculator = new QuoteCalculator(FeeScheduleHistory.of(dutchDefaults()));

    private static QuoteRequest request(String country, String principal, String oldestDue) {
        return new QuoteRequest(country, Money.of(principal, "EUR"), LocalDate.parse(oldestDue), SUBMITTED);
    }

    // Oldest due 2025-01-01, submitted 2025-03-01: 59 days overdue, no surcharge.
    @ParameterizedTest(name = "{0} {1} → {2} {3} {4}% {5} days")
    @CsvSource({
            "NL, 1000.00,  DOMESTIC,       UP_TO_2500, 12, 90",
            "NL, 2500.00,  DOMESTIC,       UP_TO_2500, 12, 90",   // ≤ 2,500 is the low band
            "NL, 2500.01,  DOMESTIC,       ABOVE_2500, 9,  90",
            "BE, 2500.00,  EU,             UP_TO_2500, 15, 120",
            "BE, 2500.01,  EU,             ABOVE_2500, 12, 120",
            "CH, 1000.00,  REST_OF_EUROPE, UP_TO_2500, 18, 120",
            "CH, 10000.00, REST_OF_EUROPE, ABOVE_2500, 15, 120",
            "US, 1000.00,  REST_OF_WORLD,  UP_TO_2500, 25, 120",
            "US, 3000.00,  REST_OF_WORLD,  ABOVE_2500, 20, 120"
    })
    void quotesRateBandAndDurationByRegionAndAmount(String country, String principal, Region region, String band,
            String rate, int days) {
        Quote quote = calculator.quote(request(country, principal, "2025-01-01"));
        assertThat(quote.region()).isEqualTo(region);
        assertThat(quote.band().name()).isEqualTo(band);
        assertThat(quote.commissionRatePercent()).isEqualByComparingTo(rate);
        assertThat(quote.surchargePoints()).isEqualByComparingTo("0");
        assertThat(quote.expectedAmicableDays()).isEqualTo(days);
        assertThat(quote.registrationFee()).isEqualTo(Money.of("50.00", "EUR"));
        assertThat(quote.warnings()).isEmpty();
        assertThat(quote.refused()).isFalse();
    }

    // 2024-09-01 → 2025-03-01: Sep 30 + Oct 31 + Nov 30 + Dec 31 + Jan 31 + Feb 28 = 181 days;
    // 2024-09-02 → 180 days. "More than 180 days" → +2 points only at 181.
    @ParameterizedTest(name = "{0} due {2} → {3} points, {4}%")
    @CsvSource({
            "NL, 1000.00, 2024-09-02, 0, 12",
            "NL, 1000.00, 2024-09-01, 2, 14",
            "NL, 5000.00, 2024-09-01, 2, 11",
            "BE, 1000.00, 2024-09-01, 2, 17",
            "CH, 5000.00, 2024-09-01, 2, 17",
            "US, 1000.00, 2024-09-01, 2, 27"
    })
    void addsTwoPointsWhenTheOldestInvoiceIsMoreThan180DaysOverdue(String country, String principal, String due,
            String points, String rate) {
        Quote quote = calculator.quote(request(country, principal, due));
        assertThat(quote.surchargePoints()).isEqualByComparingTo(points);
        assertThat(quote.commissionRatePercent()).isEqualByComparingTo(rate);
    }

    @Test
    void aCountryCanHaveItsOwnSurcharge() {
        // DE: +3 points after 90 days instead of +2 after 180; FR keeps the EU default.
        SurchargePolicy policy = new SurchargePolicy(dutchDefaults().surcharges().byRegion(),
                Map.of("DE", new OverdueSurcharge(90, new BigDecimal("3"))));
        QuoteCalculator custom = new QuoteCalculator(FeeScheduleHistory.of(
                FeeScheduleFixtures.withSurcharges(dutchDefaults(), policy)));
        // 2024-12-01 → 2025-03-01: Dec 31 + Jan 31 + Feb 28 = 90 days; 2024-11-30 → 91 days
        assertThat(custom.quote(request("DE", "1000.00", "2024-12-01")).commissionRatePercent()).isEqualByComparingTo("15");
        assertThat(custom.quote(request("DE", "1000.00", "2024-11-30")).commissionRatePercent()).isEqualByComparingTo("18");
        assertThat(custom.quote(request("FR", "1000.00", "2024-11-30")).commissionRatePercent()).isEqualByComparingTo("15");
    }

    @ParameterizedTest(name = "{0} due {1} → {2}")
    @CsvSource({
            "249.99, 2025-01-01, PRINCIPAL_BELOW_MINIMUM",
            "250.00, 2025-01-01, ''",
            "1000.00, 2022-03-01, ''",                       // exactly 36 months before submission
            "1000.00, 2022-02-28, INVOICE_TOO_OLD",          // 36 months + 1 day
            "100.00, 2021-01-01, PRINCIPAL_BELOW_MINIMUM INVOICE_TOO_OLD"
    })
    void warnsWhenAClaimIsNotCostEffective(String principal, String due, String codes) {
        Quote quote = calculator.quote(request("NL", principal, due));
        List<WarningCode> expected = codes.isBlank() ? List.of()
                : java.util.Arrays.stream(codes.split(" ")).map(WarningCode::valueOf).toList();
        assertThat(quote.warnings()).extracting(QuoteWarning::code).containsExactlyElementsOf(expected);
        assertThat(quote.refused()).isFalse();
    }

    @Test
    void aTenantCanRefuseClaimsThatAreNotCostEffective() {
        FeeSchedule refusing = FeeScheduleFixtures.withDoorPolicy(dutchDefaults(),
                new DoorPolicy(Money.of("250", "EUR"), 36, DoorPolicyMode.REFUSE));
        QuoteCalculator strict = new QuoteCalculator(FeeScheduleHistory.of(refusing));
        assertThat(strict.quote(request("NL", "249.99", "2025-01-01")).refused()).isTrue();
        assertThat(strict.quote(request("NL", "250.00", "2025-01-01")).refused()).isFalse();
    }

    @Test
    void aClaimKeepsTheScheduleVersionInForceOnItsSubmissionDate() {
        FeeSchedule cheaper = FeeScheduleFixtures.validFrom(FeeScheduleFixtures.withBands(dutchDefaults(),
                dutchDefaults().commission().bands(), FeeScheduleFixtures.flatRates("10")), LocalDate.parse("2025-03-01"));
        QuoteCalculator versioned = new QuoteCalculator(FeeScheduleHistory.of(dutchDefaults(), cheaper));
        QuoteRequest before = new QuoteRequest("NL", Money.of("1000", "EUR"), LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-02-28"));
        assertThat(versioned.quote(before).commissionRatePercent()).isEqualByComparingTo("12");
        assertThat(versioned.quote(request("NL", "1000", "2025-01-01")).commissionRatePercent()).isEqualByComparingTo("10");
        assertThat(versioned.quote(before).terms().scheduleValidFrom()).isEqualTo(LocalDate.parse("2020-01-01"));
    }

    @Test
    void explainsEveryFigure() {
        Quote quote = calculator.quote(request("BE", "1000.00", "2024-09-01"));
        assertThat(quote.explanation()).extracting(l -> l.subject()).contains("commission.schedule",
                "commission.region", "commission.band", "commission.surcharge", "registrationFee", "expectedAmicableDays");
        assertThat(quote.explanation().toString()).contains("region EU", "+2 points", "17%", "120 days");
    }

    @Test
    void rejectsBadInputNamingTheField() {
        assertError(() -> calculator.quote(request("NL", "0.00", "2025-01-01")), "principal", ErrorCode.AMOUNT_NOT_POSITIVE);
        assertError(() -> calculator.quote(request("NL", "-5.00", "2025-01-01")), "principal", ErrorCode.AMOUNT_NOT_POSITIVE);
        assertError(() -> calculator.quote(new QuoteRequest("NL", Money.of("1000", "USD"), LocalDate.parse("2025-01-01"),
                SUBMITTED)), "principal.currency", ErrorCode.CURRENCY_MISMATCH);
        assertError(() -> calculator.quote(request("XX", "1000", "2025-01-01")), "debtorCountry", ErrorCode.UNKNOWN_COUNTRY);
        assertError(() -> calculator.quote(request("NL", "1000", "2025-03-02")), "oldestDueDate",
                ErrorCode.DUE_DATE_IN_FUTURE);
        assertError(() -> calculator.quote(new QuoteRequest("NL", Money.of("1000", "EUR"), LocalDate.parse("2019-01-01"),
                LocalDate.parse("2019-12-31"))), "submissionDate", ErrorCode.NO_SCHEDULE_IN_FORCE);
    }

    private static void assertError(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
            ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.code()).isEqualTo(code);
        });
    }
}
