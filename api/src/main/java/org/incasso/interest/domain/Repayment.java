package org.incasso.interest.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.incasso.money.Money;

/**
 * The part of a payment that went to one invoice's interest and principal (after costs), as
 * allocated under art. 6:44 BW. It counts from the start of {@code date}: interest of that day
 * already runs on the reduced base.
 */
public record Repayment(LocalDate date, Money interest, Money principal) {

    public Repayment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(interest, "interest");
        Objects.requireNonNull(principal, "principal");
    }

    public static Repayment ofPrincipal(LocalDate date, Money principal) {
        return new Repayment(date, Money.zero(principal.currency()), principal);
    }
}
