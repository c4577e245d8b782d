package org.incasso.fees.domain;

/**
 * Withdrawal during the amicable phase costs the claim's commission rate on the outstanding
 * principal; {@code includeOverdueSurcharge} says whether that rate includes the surcharge.
 */
public record WithdrawalRule(boolean includeOverdueSurcharge) {
}
