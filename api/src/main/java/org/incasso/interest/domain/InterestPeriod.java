package org.incasso.interest.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.incasso.money.Money;

/**
 * One line of the breakdown: from {@code from} up to and including {@code to} ({@code days} days)
 * the base stayed the same and one rate was in force. {@code exactBase} and {@code exactInterest}
 * are the unrounded values the totals are built from; {@code base} and {@code interest} are them
 * rounded half-up to cents for display.
 */
public record InterestPeriod(
        LocalDate from,
        LocalDate to,
        long days,
        Money base,
        BigDecimal ratePercent,
        Money interest,
        BigDecimal exactBase,
        BigDecimal exactInterest) {

    public String describe() {
        return from + " to " + to + ": " + days + " days × " + base + " × " + ratePercent.toPlainString()
                + "% / 365 = " + interest;
    }
}
