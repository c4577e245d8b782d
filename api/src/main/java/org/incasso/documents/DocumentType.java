package org.incasso.documents;

/** What a document is for the case. */
public enum DocumentType {
    /** An invoice handed over with the claim (factuur). */
    INVOICE,
    /** Letters and e-mails with the debtor or the creditor. */
    CORRESPONDENCE,
    /** The agreement or general terms the claim rests on. */
    CONTRACT,
    /** The debtor's dispute and the evidence around it. */
    DISPUTE,
    /** Anything else. */
    OTHER
}
