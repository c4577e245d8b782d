package org.incasso.financials.domain;

import org.incasso.money.Money;

/** What one invoice still owes at the start of a payment's day: accrued unpaid interest and principal. */
public record InvoiceBalance(String invoice, Money interest, Money principal) {
}
