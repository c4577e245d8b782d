package org.incasso.fees.domain;

/** Which commission rule settled a collected payment. */
public enum SettlementMode {
    /** Variable commission on principal; interest and costs (if any) go to the creditor. */
    VARIABLE_COMMISSION,
    /** Domestic claim with interest or costs collected: flat fee on principal; interest and costs to the creditor. */
    DOMESTIC_FLAT_FEE,
    /** Debtor abroad: variable commission on principal; the agency keeps interest and costs. */
    EXPORT
}
