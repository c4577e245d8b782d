package org.incasso.financials.domain;

import org.incasso.money.Money;

/** The part of a payment that went to one invoice's interest and principal. */
public record InvoiceAllocation(String invoice, Money interest, Money principal) {
}
