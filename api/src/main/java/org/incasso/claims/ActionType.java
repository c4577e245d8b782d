package org.incasso.claims;

/** What kind of collection action was taken on a claim. */
public enum ActionType {
    /** A letter to the debtor. */
    LETTER,
    /** The formal demand letter (sommatie) that starts the statutory 14-day term. */
    DEMAND_LETTER,
    EMAIL,
    PHONE_CALL,
    SMS,
    /** A visit to the debtor, typically by a local agent or partner. */
    VISIT,
    /** A note for the file; requires notes. */
    NOTE,
    /** A step in the legal phase (summons, judgment, attachment, ...). */
    LEGAL_STEP
}
