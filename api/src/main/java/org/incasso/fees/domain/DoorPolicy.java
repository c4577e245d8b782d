package org.incasso.fees.domain;

import org.incasso.money.Money;

/** Claims below {@code minimumPrincipal} or with an invoice older than {@code maximumAgeMonths} are not cost-effective. */
public record DoorPolicy(Money minimumPrincipal, int maximumAgeMonths, DoorPolicyMode mode) {
}
