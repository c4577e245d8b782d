package org.incasso.claims;

/** What came of an action. */
public enum ActionOutcome {
    /** Done, nothing further to report (a letter sent, a note taken). */
    COMPLETED,
    /** The debtor was reached. */
    REACHED,
    /** The debtor could not be reached. */
    NOT_REACHED,
    /** Returned undelivered or bounced. */
    UNDELIVERABLE,
    /** No reaction within the term. */
    NO_RESPONSE,
    /** The debtor promised to pay (by the follow-up date, typically). */
    PROMISE_TO_PAY,
    /** The debtor proposed a payment plan (betalingsregeling). */
    PAYMENT_PLAN_PROPOSED,
    /** The debtor refuses to pay. */
    REFUSED_TO_PAY,
    /** The debtor disputes the claim (flag it with flagDispute to pause follow-ups). */
    DISPUTED
}
