package org.incasso.financials.domain;

import java.util.Currency;
import org.incasso.money.Money;

/** An amount split into collection costs, interest and principal. */
public record BalanceSplit(Money costs, Money interest, Money principal) {

    public static BalanceSplit zero(Currency currency) {
        Money zero = Money.zero(currency);
        return new BalanceSplit(zero, zero, zero);
    }

    public Money total() {
        return costs.plus(interest).plus(principal);
    }

    public BalanceSplit plus(BalanceSplit other) {
        return new BalanceSplit(costs.plus(other.costs), interest.plus(other.interest), principal.plus(other.principal));
    }

    public BalanceSplit minus(BalanceSplit other) {
        return new BalanceSplit(costs.minus(other.costs), interest.minus(other.interest),
                principal.minus(other.principal));
    }
}
