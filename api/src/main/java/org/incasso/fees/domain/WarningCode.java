package org.incasso.fees.domain;

/** Why a quote says a claim is not cost-effective (door policy). */
public enum WarningCode {
    PRINCIPAL_BELOW_MINIMUM,
    INVOICE_TOO_OLD
}
