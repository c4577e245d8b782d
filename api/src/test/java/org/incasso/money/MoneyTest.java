package org.incasso.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @ParameterizedTest(name = "{0} {1} is accepted as {2}")
    @CsvSource({
            "12.5,    EUR, 12.50",
            "12.50,   EUR, 12.50",
            "12.500,  EUR, 12.50",   // trailing zeros are not extra precision
            "0,       EUR, 0.00",
            "-3.1,    EUR, -3.10",
            "1000,    JPY, 1000",    // JPY has no minor unit
            "1.234,   BHD, 1.234"    // BHD has three decimals
    })
    void acceptsAmountsAtMostAsPreciseAsTheCurrency(String amount, String currency, String expected) {
        Money money = Money.of(amount, currency);
        assertThat(money.amount()).isEqualTo(new BigDecimal(expected));
        assertThat(money.currency().getCurrencyCode()).isEqualTo(currency);
    }

    @ParameterizedTest(name = "{0} {1} is rejected with {3} on {2}")
    @CsvSource({
            "12.345,  EUR, price.amount,   TOO_MANY_DECIMALS",
            "0.001,   EUR, price.amount,   TOO_MANY_DECIMALS",
            "1.5,     JPY, price.amount,   TOO_MANY_DECIMALS",
            "12.00,   XYZ, price.currency, UNKNOWN_CURRENCY",
            "12.00,   eur, price.currency, UNKNOWN_CURRENCY",
            "12.00,   XXX, price.currency, UNKNOWN_CURRENCY",  // ISO code without a minor unit
            "twelve,  EUR, price.amount,   INVALID_AMOUNT"
    })
    void rejectsBadInputNamingTheField(String amount, String currency, String field, ErrorCode code) {
        assertThatThrownBy(() -> Money.parse("price", amount, currency))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.code()).isEqualTo(code);
                });
    }

    @Test
    void reportsBadAmountAndBadCurrencyTogether() {
        assertThatThrownBy(() -> Money.parse("principal", "abc", "QQQ"))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::code)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("principal.currency", ErrorCode.UNKNOWN_CURRENCY),
                                org.assertj.core.groups.Tuple.tuple("principal.amount", ErrorCode.INVALID_AMOUNT)));
    }

    @ParameterizedTest(name = "{0} × {1}% = {2}")
    @CsvSource({
            "1000.00, 15,   150.00",
            "40.07,   15,   6.01",     // 6.0105 → 6.01
            "0.10,    15,   0.02",     // 0.015 → 0.02 (half-up)
            "0.02,    25,   0.01",     // 0.005 → 0.01 (half-up)
            "333.33,  18,   60.00",    // 59.9994 → 60.00
            "-0.10,   15,   -0.02"     // half-up rounds away from zero
    })
    void percentRoundsHalfUpToCents(String amount, String percent, String expected) {
        assertThat(Money.of(amount, "EUR").percent(new BigDecimal(percent))).isEqualTo(Money.of(expected, "EUR"));
    }

    @Test
    void addsSubtractsAndComparesInOneCurrency() {
        Money a = Money.of("10.05", "EUR");
        Money b = Money.of("0.95", "EUR");
        assertThat(a.plus(b)).isEqualTo(Money.of("11", "EUR"));
        assertThat(a.minus(b)).isEqualTo(Money.of("9.10", "EUR"));
        assertThat(b.minus(a).isNegative()).isTrue();
        assertThat(a.isGreaterThan(b)).isTrue();
        assertThat(a.min(b)).isEqualTo(b);
        assertThat(a.max(b)).isEqualTo(a);
        assertThat(a.negate()).isEqualTo(Money.of("-10.05", "EUR"));
    }

    @Test
    void refusesToMixCurrencies() {
        Money euro = Money.of("10", "EUR");
        Money dollar = Money.of("10", "USD");
        assertThatThrownBy(() -> euro.plus(dollar)).isInstanceOfSatisfying(DomainValidationException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CURRENCY_MISMATCH));
        assertThatThrownBy(() -> euro.isLessThan(dollar)).isInstanceOf(DomainValidationException.class);
    }

    @Test
    void roundsComputedResultsHalfUp() {
        assertThat(Money.rounded(new BigDecimal("10.275"), EUR)).isEqualTo(Money.of("10.28", "EUR"));
        assertThat(Money.rounded(new BigDecimal("10.2749999"), EUR)).isEqualTo(Money.of("10.27", "EUR"));
    }

    @ParameterizedTest
    @CsvSource({"0.00", "-0.01"})
    void requirePositiveNamesTheField(String amount) {
        assertThatThrownBy(() -> Money.of(amount, "EUR").requirePositive("payment.amount"))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("payment.amount");
                    assertThat(e.code()).isEqualTo(ErrorCode.AMOUNT_NOT_POSITIVE);
                });
    }

    @Test
    void equalAmountsAreEqualWhateverTheirScale() {
        assertThat(Money.of(new BigDecimal("5"), EUR)).isEqualTo(Money.of(new BigDecimal("5.00"), EUR));
    }
}
