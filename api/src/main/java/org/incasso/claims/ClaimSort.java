package org.incasso.claims;

/** Orders of claim lists; each ends on the id so cursors are stable. */
public enum ClaimSort {
    SUBMITTED_DESC,
    SUBMITTED_ASC,
    REFERENCE_ASC
}
