package org.incasso.claims;

import org.incasso.events.Visibility;

/**
 * Who may see a recorded action besides the agency's staff. There is deliberately no "everyone":
 * what the creditor reads and what a partner abroad reads are separate records.
 */
public enum ActionVisibility {
    /** Staff only. */
    INTERNAL,
    /** Staff and the creditor (on the creditor's timeline). */
    CREDITOR,
    /** Staff and the assigned partner. */
    PARTNER;

    /** The visibility of the ACTION_RECORDED case event: the same audience as the action. */
    public Visibility eventVisibility() {
        return switch (this) {
            case INTERNAL -> Visibility.INTERNAL;
            case CREDITOR -> Visibility.CREDITOR;
            case PARTNER -> Visibility.PARTNER;
        };
    }
}
