package org.incasso.fees.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.incasso.money.Money;

/** The free quote's input: debtor country (ISO alpha-2), principal with currency, oldest due date, submission date. */
public record QuoteRequest(String debtorCountry, Money principal, LocalDate oldestDueDate, LocalDate submissionDate) {

    public QuoteRequest {
        Objects.requireNonNull(debtorCountry, "debtorCountry");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(oldestDueDate, "oldestDueDate");
        Objects.requireNonNull(submissionDate, "submissionDate");
    }
}
