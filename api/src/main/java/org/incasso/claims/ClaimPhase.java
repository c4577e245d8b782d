package org.incasso.claims;

/**
 * Where a claim stands. PRODUCT.md "The claim lifecycle": {@code SUBMITTED → AMICABLE →
 * (PAYMENT_PLAN ↔ AMICABLE) → LEGAL_ADVICE → AWAITING_APPROVAL → LEGAL → CLOSED}. A dispute is a
 * flag on {@link ClaimState}, not a phase.
 */
public enum ClaimPhase {
    /** Handed over by the creditor, not yet accepted by the agency. */
    SUBMITTED,
    /** Minnelijke fase: letters, e-mails, calls and visits, within the amicable deadline. */
    AMICABLE,
    /** Betalingsregeling: the debtor pays in agreed instalments. */
    PAYMENT_PLAN,
    /** The specialist advises the creditor on the next step (the deadline passed unpaid). */
    LEGAL_ADVICE,
    /** A legal phase was proposed; waiting for the creditor's written approval. */
    AWAITING_APPROVAL,
    /** Gerechtelijke fase: started only after written approval and an invoiced cost advance. */
    LEGAL,
    /** Final; the {@link CloseReason} says why. Nothing leaves this phase. */
    CLOSED
}
