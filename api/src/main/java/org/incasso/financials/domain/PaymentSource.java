package org.incasso.financials.domain;

/** Who received a payment; both are commission-liable once the claim was submitted. */
public enum PaymentSource {
    /** The debtor paid the agency. */
    AGENCY,
    /** The creditor reports that the debtor paid it directly. */
    DIRECT_TO_CREDITOR
}
