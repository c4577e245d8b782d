package org.incasso.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.incasso.common.ErrorCode;
import org.incasso.common.Text;
import org.incasso.common.Violations;
import org.jspecify.annotations.Nullable;

/** An invoice as entered: text amounts are parsed exactly (never through floating point). */
public record InvoiceDraft(@Nullable String number, @Nullable LocalDate invoiceDate, @Nullable LocalDate dueDate,
        @Nullable String amount, @Nullable String currency, @Nullable String description) {

    /** Checks the invoice; adds violations under {@code path} (e.g. {@code invoices[1]}). */
    public void validate(String path, Violations violations) {
        violations.requiredText(path + ".number", number, 50).optionalText(path + ".description", description, 500);
        if (invoiceDate == null) {
            violations.add(path + ".invoiceDate", ErrorCode.REQUIRED, "is required");
        }
        if (dueDate == null) {
            violations.add(path + ".dueDate", ErrorCode.REQUIRED, "is required");
        } else if (invoiceDate != null && dueDate.isBefore(invoiceDate)) {
            violations.add(path + ".dueDate", ErrorCode.INVALID_DATE, "must not be before the invoice date");
        }
        Currency parsedCurrency = currencyOrNull();
        if (parsedCurrency == null) {
            violations.add(path + ".amount.currency", ErrorCode.UNKNOWN_CURRENCY, "is not an ISO 4217 currency code");
        }
        BigDecimal parsed = amountOrNull();
        if (amount == null || amount.isBlank()) {
            violations.add(path + ".amount.amount", ErrorCode.REQUIRED, "is required");
        } else if (parsed == null) {
            violations.add(path + ".amount.amount", ErrorCode.INVALID_FORMAT, "is not a decimal amount such as 1250.00");
        } else if (parsed.signum() <= 0) {
            violations.add(path + ".amount.amount", ErrorCode.NOT_POSITIVE, "must be more than zero");
        } else if (parsedCurrency != null && parsed.stripTrailingZeros().scale() > parsedCurrency.getDefaultFractionDigits()) {
            violations.add(path + ".amount.amount", ErrorCode.TOO_MANY_DECIMALS,
                    "has more than " + parsedCurrency.getDefaultFractionDigits() + " decimals");
        }
    }

    public String cleanNumber() {
        return java.util.Objects.requireNonNull(Text.clean(number));
    }

    public String currencyCode() {
        return java.util.Objects.requireNonNull(currencyOrNull()).getCurrencyCode();
    }

    public BigDecimal exactAmount() {
        BigDecimal value = java.util.Objects.requireNonNull(amountOrNull());
        return value.setScale(Currency.getInstance(currencyCode()).getDefaultFractionDigits());
    }

    @Nullable Currency currencyOrNull() {
        try {
            return currency == null ? null : Currency.getInstance(currency.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private @Nullable BigDecimal amountOrNull() {
        try {
            return amount == null ? null : new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
