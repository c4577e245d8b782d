package org.incasso.financials.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.incasso.money.Money;

/** One invoice of a claim; its principal earns interest from the day after its own due date. */
public record Invoice(String number, Money amount, LocalDate dueDate) {

    public Invoice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(dueDate, "dueDate");
    }
}
