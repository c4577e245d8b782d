package org.incasso.financials.domain;

import org.incasso.fees.domain.Settlement;

/** One payment with its allocation (art. 6:44 BW) and its settlement between agency and creditor. */
public record PaymentEntry(Payment payment, Allocation allocation, Settlement settlement) {
}
