package org.incasso.fees.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.incasso.fees.domain.FeeScheduleFixtures.EUR;
import static org.incasso.fees.domain.FeeScheduleFixtures.terms;

import org.incasso.money.DomainValidationException;
import org.incasso.money.ErrorCode;
import org.incasso.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommissionCalculatorTest {

    private final CommissionCalculator calculator = new CommissionCalculator();

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static CollectedAmounts collected(String costs, String interest, String principal) {
        return new CollectedAmounts(eur(costs), eur(interest), eur(principal));
    }

    // Columns: debtor country, claim principal, days overdue at submission, collected costs / interest / principal
    // → mode, fee %, commission, retained interest + costs, due to creditor. Nothing collected before.
    @ParameterizedTest(name = "{0} {1} ({2} days): {3}/{4}/{5} → {6} {7}% fee {8}, retained {9}, creditor {10}")
    @CsvSource({
            // domestic, interest and costs collected: flat 15% of principal; 15% × 1000 = 150; creditor 300+50+1000−150
            "NL, 2000.00, 30,  300.00, 50.00, 1000.00, DOMESTIC_FLAT_FEE,   15, 150.00, 0.00,  1200.00",
            // flat fee is 15% whatever the band and surcharge: 15% × 40.07 = 6.0105 → 6.01; 200 − 6.01
            "NL, 5000.00, 200, 150.00, 9.93,  40.07,   DOMESTIC_FLAT_FEE,   15, 6.01,   0.00,  193.99",
            // only costs collected (no interest) still switches to the flat fee: 15% × 0 = 0; costs to creditor
            "NL, 2000.00, 30,  40.00,  0.00,  0.00,    DOMESTIC_FLAT_FEE,   15, 0.00,   0.00,  40.00",
            // domestic, no interest or costs collected: variable 12% (≤ 2,500): 12% × 1000 = 120
            "NL, 2000.00, 30,  0.00,   0.00,  1000.00, VARIABLE_COMMISSION, 12, 120.00, 0.00,  880.00",
            // domestic > 2,500: 9% × 1000 = 90
            "NL, 3000.00, 30,  0.00,   0.00,  1000.00, VARIABLE_COMMISSION, 9,  90.00,  0.00,  910.00",
            // domestic with surcharge: (12 + 2)% × 1000 = 140
            "NL, 2000.00, 181, 0.00,   0.00,  1000.00, VARIABLE_COMMISSION, 14, 140.00, 0.00,  860.00",
            // export EU ≤ 2,500: 15% × 500 = 75; agency keeps 25.50 + 40 = 65.50; creditor 500 − 75
            "BE, 2000.00, 30,  40.00,  25.50, 500.00,  EXPORT,              15, 75.00,  65.50, 425.00",
            // export EU > 2,500: 12% × 500 = 60
            "BE, 5000.00, 30,  40.00,  25.50, 500.00,  EXPORT,              12, 60.00,  65.50, 440.00",
            // export EU with surcharge (181 > 180 days): 17% × 500 = 85
            "BE, 2000.00, 181, 40.00,  25.50, 500.00,  EXPORT,              17, 85.00,  65.50, 415.00",
            // export, 180 days is not more than 180: no surcharge, 15% × 500 = 75
            "BE, 2000.00, 180, 0.00,   0.00,  500.00,  EXPORT,              15, 75.00,  0.00,  425.00",
            // rest of Europe ≤ 2,500: 18% × 333.33 = 59.9994 → 60.00
            "CH, 1000.00, 30,  0.00,   0.00,  333.33,  EXPORT,              18, 60.00,  0.00,  273.33",
            // rest of world > 2,500 with surcharge: 22% × 1234.56 = 271.6032 → 271.60; keeps 12.34 interest
            "US, 9000.00, 365, 0.00,   12.34, 1234.56, EXPORT,              22, 271.60, 12.34, 962.96",
            // rest of world ≤ 2,500: 25% × 0.02 = 0.005 → 0.01 (half-up)
            "US, 1000.00, 30,  0.00,   0.00,  0.02,    EXPORT,              25, 0.01,   0.00,  0.01",
            // export: interest and costs only → no commission on them at all
            "BE, 2000.00, 30,  40.00,  19.86, 0.00,    EXPORT,              15, 0.00,   59.86, 0.00"
    })
    void settlesACollectedPayment(String country, String claimPrincipal, long daysOverdue, String costs,
            String interest, String principal, SettlementMode mode, String feePercent, String commission,
            String retained, String creditor) {
        Settlement s = calculator.settle(terms(country, claimPrincipal, daysOverdue),
                collected(costs, interest, principal), CollectedAmounts.none(EUR));
        assertThat(s.mode()).isEqualTo(mode);
        assertThat(s.feePercent()).isEqualByComparingTo(feePercent);
        assertThat(s.commission()).isEqualTo(eur(commission));
        assertThat(s.retainedInterest().plus(s.retainedCosts())).isEqualTo(eur(retained));
        assertThat(s.dueToCreditor()).isEqualTo(eur(creditor));
        assertThat(s.agencyShare().plus(s.dueToCreditor())).isEqualTo(s.collected().total());
    }

    @Test
    void aDomesticPrincipalPaymentAfterInterestWasCollectedEarlierGetsTheFlatFee() {
        // payment 1 paid interest only; payment 2 pays principal only: 15% × 1000 = 150 (not 12%)
        Settlement s = calculator.settle(terms("NL", "2000.00", 30), collected("0", "0", "1000.00"),
                collected("0", "12.00", "0"));
        assertThat(s.mode()).isEqualTo(SettlementMode.DOMESTIC_FLAT_FEE);
        assertThat(s.commission()).isEqualTo(eur("150.00"));
        assertThat(s.dueToCreditor()).isEqualTo(eur("850.00"));
    }

    @Test
    void exportRetainedAmountsAreSplitIntoInterestAndCosts() {
        Settlement s = calculator.settle(terms("BE", "2000.00", 30), collected("40.00", "25.50", "500.00"),
                CollectedAmounts.none(EUR));
        assertThat(s.retainedInterest()).isEqualTo(eur("25.50"));
        assertThat(s.retainedCosts()).isEqualTo(eur("40.00"));
        assertThat(s.explanation().toString()).contains("15% of collected principal 500.00 EUR = 75.00 EUR",
                "keeps collected interest 25.50 EUR and costs 40.00 EUR");
    }

    @Test
    void explainsTheSurchargeInTheCommission() {
        Settlement s = calculator.settle(terms("NL", "2000.00", 181), collected("0", "0", "100.00"),
                CollectedAmounts.none(EUR));
        assertThat(s.explanation().toString()).contains("14% of collected principal 100.00 EUR = 14.00 EUR",
                "+2 points overdue surcharge");
    }

    @Test
    void rejectsAPaymentInAnotherCurrency() {
        CollectedAmounts dollars = new CollectedAmounts(Money.of("0", "USD"), Money.of("0", "USD"), Money.of("10", "USD"));
        assertThatThrownBy(() -> calculator.settle(terms("NL", "2000.00", 30), dollars, CollectedAmounts.none(EUR)))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("payment.currency");
                    assertThat(e.code()).isEqualTo(ErrorCode.CURRENCY_MISMATCH);
                });
    }

    @Test
    void rejectsNegativeCollectedAmounts() {
        assertThatThrownBy(() -> collected("0", "-1.00", "10"))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("collected.interest");
                    assertThat(e.code()).isEqualTo(ErrorCode.AMOUNT_NEGATIVE);
                });
    }
}
