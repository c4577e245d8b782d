package org.incasso.financials.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.incasso.money.Money;

/**
 * A payment by the debtor, counted from the start of {@code receivedOn}. {@code overpaymentConfirmed}
 * must be set to accept more than the outstanding total; the excess is recorded as overpayment.
 */
public record Payment(String reference, LocalDate receivedOn, Money amount, PaymentSource source,
        boolean overpaymentConfirmed) {

    public Payment {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
    }

    public static Payment received(String reference, LocalDate receivedOn, Money amount, PaymentSource source) {
        return new Payment(reference, receivedOn, amount, source, false);
    }
}
