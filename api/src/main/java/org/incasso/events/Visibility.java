package org.incasso.events;

/** Who may see a case event besides the agency's staff. */
public enum Visibility {
    /** Staff only. */
    INTERNAL,
    /** Staff and the creditor. */
    CREDITOR,
    /** Staff and the assigned partner. */
    PARTNER,
    /** Staff, the creditor and the assigned partner. */
    SHARED;

    public boolean forCreditor() {
        return this == CREDITOR || this == SHARED;
    }
}
