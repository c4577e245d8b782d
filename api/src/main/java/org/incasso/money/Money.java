package org.incasso.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An exact amount in an ISO 4217 currency, held at the currency's minor unit (cents for EUR).
 * Arithmetic between amounts requires the same currency; percentages and factors round half-up
 * to the minor unit, because every {@code Money} is a result. Unrounded intermediates stay
 * plain {@link BigDecimal}s inside the calculators.
 */
public record Money(BigDecimal amount, Currency currency) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Rejects amounts more precise than the currency allows; never rounds silently. */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = fractionDigits(currency, "currency");
        if (amount.stripTrailingZeros().scale() > digits) {
            throw DomainValidationException.of("amount", ErrorCode.TOO_MANY_DECIMALS,
                    amount.toPlainString() + " has more than " + digits + " decimals for " + currency);
        }
        amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money of(String amount, String currencyCode) {
        return parse("amount", amount, currencyCode);
    }

    /** Parses user input; violations name {@code field + ".amount"} or {@code field + ".currency"}. */
    public static Money parse(String field, String amount, String currencyCode) {
        Violations violations = new Violations();
        Currency currency = currencyOrNull(currencyCode);
        violations.check(currency != null, field + ".currency", ErrorCode.UNKNOWN_CURRENCY,
                "'" + currencyCode + "' is not an ISO 4217 currency with a minor unit");
        BigDecimal value = decimalOrNull(amount);
        violations.check(value != null, field + ".amount", ErrorCode.INVALID_AMOUNT, "'" + amount + "' is not a number");
        violations.throwIfAny();
        try {
            return new Money(Objects.requireNonNull(value), Objects.requireNonNull(currency));
        } catch (DomainValidationException e) {
            throw DomainValidationException.of(field + ".amount", e.code(), e.violations().getFirst().message());
        }
    }

    public static Currency currency(String field, String currencyCode) {
        Currency currency = currencyOrNull(currencyCode);
        if (currency == null) {
            throw DomainValidationException.of(field, ErrorCode.UNKNOWN_CURRENCY,
                    "'" + currencyCode + "' is not an ISO 4217 currency with a minor unit");
        }
        return currency;
    }

    /** A computed result: rounds half-up to the currency's minor unit. */
    public static Money rounded(BigDecimal exact, Currency currency) {
        return new Money(exact.setScale(fractionDigits(currency, "currency"), RoundingMode.HALF_UP), currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        return new Money(amount.add(same(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(same(other).amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** {@code this × factor}, rounded half-up to the minor unit. */
    public Money times(BigDecimal factor) {
        return rounded(amount.multiply(factor), currency);
    }

    /** {@code this × percent / 100}, rounded half-up to the minor unit. */
    public Money percent(BigDecimal percent) {
        return rounded(percentExact(percent), currency);
    }

    /** {@code this × percent / 100}, unrounded (exact: dividing by 100 terminates). */
    public BigDecimal percentExact(BigDecimal percent) {
        return amount.multiply(percent).divide(HUNDRED);
    }

    public Money min(Money other) {
        return isGreaterThan(other) ? other : this;
    }

    public Money max(Money other) {
        return isLessThan(other) ? other : this;
    }

    public boolean isGreaterThan(Money other) {
        return amount.compareTo(same(other).amount) > 0;
    }

    public boolean isLessThan(Money other) {
        return amount.compareTo(same(other).amount) < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** Input rule: amounts handed in (principal, payments) must be above zero. */
    public Money requirePositive(String field) {
        if (!isPositive()) {
            throw DomainValidationException.of(field, ErrorCode.AMOUNT_NOT_POSITIVE, "must be above zero, was " + this);
        }
        return this;
    }

    public Money requireCurrency(String field, Currency expected) {
        if (!currency.equals(expected)) {
            throw DomainValidationException.of(field, ErrorCode.CURRENCY_MISMATCH,
                    "expected " + expected + " but was " + currency);
        }
        return this;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private Money same(Money other) {
        return other.requireCurrency("currency", currency);
    }

    private static int fractionDigits(Currency currency, String field) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw DomainValidationException.of(field, ErrorCode.UNKNOWN_CURRENCY, currency + " has no minor unit");
        }
        return digits;
    }

    private static @Nullable Currency currencyOrNull(String code) {
        try {
            Currency currency = Currency.getInstance(code);
            return currency.getDefaultFractionDigits() < 0 ? null : currency;
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private static @Nullable BigDecimal decimalOrNull(String amount) {
        try {
            return new BigDecimal(amount.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
