package org.incasso.claims;

/** Which side of the thread wrote a message. */
public enum MessageSide {
    /** A user of the creditor (client). */
    CREDITOR,
    /** The agency's staff (specialist or admin). */
    AGENCY;

    public MessageSide other() {
        return this == CREDITOR ? AGENCY : CREDITOR;
    }
}
