package org.incasso.financials.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.incasso.fees.domain.Region;
import org.incasso.money.DomainValidationException;
import org.incasso.money.ErrorCode;
import org.incasso.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Dutch scale: 15% of the first 2,500, 10% of the next 2,500, 5% of the next 5,000, 1% of the next 190,000, 0.5% above; min 40, max 6,775. */
class CollectionCostsCalculatorTest {

    private final CollectionCostsCalculator calculator = new CollectionCostsCalculator(CollectionCostsRules.defaults());

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @ParameterizedTest(name = "principal {0} → costs {1}")
    @CsvSource({
            "0.01,       40.00",    // 0.0015 → minimum 40
            "100.00,     40.00",    // 15.00 → minimum 40
            "266.66,     40.00",    // 39.999 → minimum 40
            "266.67,     40.00",    // 40.0005 → 40.00: from here the scale itself reaches 40
            "266.70,     40.01",    // 40.005 → 40.01 (half-up)
            "1000.00,    150.00",   // 15% × 1000
            "2500.00,    375.00",   // 15% × 2500
            "2500.01,    375.00",   // 375 + 10% × 0.01 = 375.001 → 375.00
            "2600.00,    385.00",   // 375 + 10% × 100
            "5000.00,    625.00",   // 375 + 10% × 2500 = 375 + 250
            "5000.01,    625.00",   // 625 + 5% × 0.01 = 625.0005 → 625.00
            "5010.00,    625.50",   // 625 + 5% × 10
            "7500.00,    750.00",   // 625 + 5% × 2500
            "10000.00,   875.00",   // 625 + 5% × 5000 = 625 + 250
            "10100.00,   876.00",   // 875 + 1% × 100
            "200000.00,  2775.00",  // 875 + 1% × 190,000 = 875 + 1900
            "200100.00,  2775.50",  // 2775 + 0.5% × 100
            "999000.00,  6770.00",  // 2775 + 0.5% × 799,000 = 2775 + 3995: still below the maximum
            "1000000.00, 6775.00",  // 2775 + 0.5% × 800,000 = 2775 + 4000: the maximum is reached exactly here
            "1000000.01, 6775.00",  // 6775.00005 → capped at 6775
            "2000000.00, 6775.00"   // 7775 → capped at 6775
    })
    void followsTheDutchScale(String principal, String costs) {
        CollectionCosts result = calculator.calculate(eur(principal), CostsRegime.DUTCH_SCALE, true);
        assertThat(result.costs()).isEqualTo(eur(costs));
        assertThat(result.vat()).isEqualTo(eur("0"));
        assertThat(result.total()).isEqualTo(eur(costs));
    }

    @ParameterizedTest(name = "principal {0}, VAT {1}% → costs {2} + VAT {3} = {4}")
    @CsvSource({
            "1000.00,    21, 150.00,  31.50,   181.50",   // 21% × 150 = 31.50
            "266.70,     21, 40.01,   8.40,    48.41",    // 21% × 40.01 = 8.4021 → 8.40
            "100.00,     21, 40.00,   8.40,    48.40",    // VAT on the minimum: 21% × 40
            "1000000.00, 21, 6775.00, 1422.75, 8197.75",  // VAT on the maximum: 21% × 6775 = 1422.75
            "1000.00,    9,  150.00,  13.50,   163.50"    // configurable rate: 9% × 150
    })
    void addsVatWhenTheCreditorCannotDeductIt(String principal, String vatPercent, String costs, String vat,
            String total) {
        CollectionCostsCalculator withVat = new CollectionCostsCalculator(
                CollectionCostsRules.defaults().withVatPercent(new BigDecimal(vatPercent)));
        CollectionCosts result = withVat.calculate(eur(principal), CostsRegime.DUTCH_SCALE, false);
        assertThat(result.costs()).isEqualTo(eur(costs));
        assertThat(result.vat()).isEqualTo(eur(vat));
        assertThat(result.total()).isEqualTo(eur(total));
    }

    @Test
    void chargesTheEuMinimumForDebtorsElsewhereInTheEu() {
        // directive 2011/7/EU: EUR 40 per claim, whatever the principal
        assertThat(calculator.calculate(eur("10000.00"), CostsRegime.EU_MINIMUM, true).total()).isEqualTo(eur("40.00"));
        assertThat(calculator.calculate(eur("10.00"), CostsRegime.EU_MINIMUM, true).total()).isEqualTo(eur("40.00"));
        // plus 21% VAT when the creditor cannot deduct it: 40 + 8.40
        assertThat(calculator.calculate(eur("10000.00"), CostsRegime.EU_MINIMUM, false).total()).isEqualTo(eur("48.40"));
    }

    @Test
    void chargesNoStatutoryCostsOutsideTheEuByDefault() {
        CollectionCosts result = calculator.calculate(Money.of("5000", "USD"), CostsRegime.NONE, false);
        assertThat(result.total()).isEqualTo(Money.of("0", "USD"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"DOMESTIC, DUTCH_SCALE", "EU, EU_MINIMUM", "REST_OF_EUROPE, NONE", "REST_OF_WORLD, NONE"})
    void picksTheRegimeByRegion(Region region, CostsRegime regime) {
        assertThat(CostsRegime.defaultFor(region)).isEqualTo(regime);
    }

    @Test
    void explainsEachTier() {
        // 375 + 250 + 5% × 2000 = 100 → 725.00
        CollectionCosts result = calculator.calculate(eur("7000.00"), CostsRegime.DUTCH_SCALE, false);
        assertThat(result.total()).isEqualTo(eur("877.25")); // 725 + 21% × 725 = 725 + 152.25
        assertThat(result.explanation()).extracting(l -> l.text()).contains("15% of 2500.00 EUR = 375",
                "10% of 2500.00 EUR = 250", "5% of 2000.00 EUR = 100", "21% VAT on 725.00 EUR = 152.25 EUR"
                        + " (creditor cannot deduct VAT).");
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> calculator.calculate(eur("0.00"), CostsRegime.DUTCH_SCALE, true))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.AMOUNT_NOT_POSITIVE));
        assertThatThrownBy(() -> calculator.calculate(Money.of("1000", "USD"), CostsRegime.DUTCH_SCALE, true))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("principal.currency");
                    assertThat(e.code()).isEqualTo(ErrorCode.CURRENCY_MISMATCH);
                });
        assertThatThrownBy(() -> CollectionCostsRules.defaults().withVatPercent(new BigDecimal("121")))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("vatPercent");
                    assertThat(e.code()).isEqualTo(ErrorCode.RATE_OUT_OF_RANGE);
                });
    }
}
