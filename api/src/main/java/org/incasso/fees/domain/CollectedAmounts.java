package org.incasso.fees.domain;

import java.util.Currency;
import org.incasso.money.ErrorCode;
import org.incasso.money.Money;
import org.incasso.money.Violations;

/** What a payment paid off, split as allocated under art. 6:44 BW: costs, interest, principal. */
public record CollectedAmounts(Money costs, Money interest, Money principal) {

    public CollectedAmounts {
        Violations violations = new Violations();
        violations.check(interest.currency().equals(costs.currency()) && principal.currency().equals(costs.currency()),
                "collected", ErrorCode.CURRENCY_MISMATCH, "costs, interest and principal must share one currency");
        violations.check(!costs.isNegative(), "collected.costs", ErrorCode.AMOUNT_NEGATIVE, "negative");
        violations.check(!interest.isNegative(), "collected.interest", ErrorCode.AMOUNT_NEGATIVE, "negative");
        violations.check(!principal.isNegative(), "collected.principal", ErrorCode.AMOUNT_NEGATIVE, "negative");
        violations.throwIfAny();
    }

    public static CollectedAmounts none(Currency currency) {
        Money zero = Money.zero(currency);
        return new CollectedAmounts(zero, zero, zero);
    }

    public CollectedAmounts plus(CollectedAmounts other) {
        return new CollectedAmounts(costs.plus(other.costs), interest.plus(other.interest),
                principal.plus(other.principal));
    }

    public Money interestAndCosts() {
        return interest.plus(costs);
    }

    public Money total() {
        return costs.plus(interest).plus(principal);
    }

    public Currency currency() {
        return costs.currency();
    }
}
