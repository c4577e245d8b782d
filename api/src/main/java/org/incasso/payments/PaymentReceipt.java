package org.incasso.payments;

import org.incasso.financials.domain.PaymentEntry;

/** A stored payment with its allocation and settlement as of the replay of the claim's ledger. */
public record PaymentReceipt(StoredPayment payment, PaymentEntry entry) {
}
