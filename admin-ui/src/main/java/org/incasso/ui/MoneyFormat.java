package org.incasso.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Amounts as people read them: currency symbol and grouping in the user's language. */
public final class MoneyFormat {

    private MoneyFormat() {
    }

    /** The amount in the locale's currency format; an unknown currency code is shown as written. */
    public static String format(BigDecimal amount, String currency, Locale locale) {
        Currency known;
        try {
            known = Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            return (currency + " " + amount.toPlainString()).strip();
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(known);
        return format.format(amount);
    }
}
