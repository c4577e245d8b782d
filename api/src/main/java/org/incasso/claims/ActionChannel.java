package org.incasso.claims;

/** How an action reached (or tried to reach) the debtor. */
public enum ActionChannel {
    POST,
    EMAIL,
    PHONE,
    SMS,
    IN_PERSON,
    PORTAL,
    COURT
}
