package org.incasso.fees.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.incasso.fees.domain.FeeScheduleFixtures.dutchDefaults;
import static org.incasso.fees.domain.FeeScheduleFixtures.terms;

import java.time.LocalDate;
import org.incasso.money.DomainValidationException;
import org.incasso.money.ErrorCode;
import org.incasso.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WithdrawalCalculatorTest {

    private final WithdrawalCalculator calculator = new WithdrawalCalculator();

    // commission rate of the claim × outstanding principal
    @ParameterizedTest(name = "{0} {1} ({2} days), outstanding {3} → {4}% = {5}")
    @CsvSource({
            "BE, 2000.00, 30,  1500.00, 15, 225.00",  // EU ≤ 2,500: 15% × 1500
            "NL, 2000.00, 30,  2000.00, 12, 240.00",  // domestic uses the variable rate, not the 15% flat fee
            "NL, 5000.00, 200, 4000.00, 11, 440.00",  // domestic > 2,500 with surcharge: (9 + 2)% × 4000
            "US, 1000.00, 30,  333.33,  25, 83.33",   // 25% × 333.33 = 83.3325 → 83.33
            "CH, 3000.00, 30,  2999.99, 15, 450.00",  // 15% × 2999.99 = 449.9985 → 450.00
            "NL, 2000.00, 30,  0.00,    12, 0.00"     // nothing outstanding, nothing to pay
    })
    void chargesTheCommissionRateOnTheOutstandingPrincipal(String country, String principal, long days,
            String outstanding, String rate, String fee) {
        WithdrawalFee result = calculator.fee(terms(country, principal, days), Money.of(outstanding, "EUR"));
        assertThat(result.ratePercent()).isEqualByComparingTo(rate);
        assertThat(result.fee()).isEqualTo(Money.of(fee, "EUR"));
        assertThat(result.explanation()).isNotEmpty();
    }

    @Test
    void aTenantMayLeaveTheSurchargeOutOfTheWithdrawalFee() {
        FeeSchedule schedule = FeeScheduleFixtures.withWithdrawalRule(dutchDefaults(), new WithdrawalRule(false));
        LocalDate submitted = LocalDate.parse("2024-02-15");
        CommissionTerms terms = schedule.termsFor("NL", Money.of("5000", "EUR"), submitted.minusDays(200), submitted);
        // 9% × 4000 = 360 (the 2 surcharge points are left out)
        assertThat(calculator.fee(terms, Money.of("4000", "EUR")).fee()).isEqualTo(Money.of("360.00", "EUR"));
    }

    @Test
    void rejectsAnotherCurrencyAndNegativeAmounts() {
        assertThatThrownBy(() -> calculator.fee(terms("NL", "2000", 30), Money.of("10", "USD")))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CURRENCY_MISMATCH));
        assertThatThrownBy(() -> calculator.fee(terms("NL", "2000", 30), Money.of("-10", "EUR")))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("outstandingPrincipal");
                    assertThat(e.code()).isEqualTo(ErrorCode.AMOUNT_NEGATIVE);
                });
    }
}
