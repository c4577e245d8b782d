package org.incasso.claims;

/** Why a claim was closed (PRODUCT.md "The claim lifecycle"). */
public enum CloseReason {
    /** Everything owed was collected. */
    PAID,
    /** Part was collected and the rest is given up. */
    PARTIALLY_PAID,
    /** Nothing (more) can be collected. */
    UNCOLLECTABLE,
    /** Intrekking: the creditor withdrew the claim; a withdrawal fee may apply. */
    WITHDRAWN,
    /** The agency did not accept the submitted claim. */
    REJECTED
}
