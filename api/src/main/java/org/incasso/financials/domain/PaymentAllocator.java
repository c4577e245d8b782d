package org.incasso.financials.domain;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.incasso.money.DomainValidationException;
import org.incasso.money.ErrorCode;
import org.incasso.money.Money;

/**
 * Allocates a payment under art. 6:44 BW: first the collection costs, then accrued interest, then
 * principal; within interest and within principal the invoices in the order given (oldest due
 * date first, art. 6:43 lid 2 BW). More than the outstanding total is only accepted as a
 * confirmed overpayment, recorded as such.
 */
public final class PaymentAllocator {

    public Allocation allocate(Money payment, Money outstandingCosts, List<InvoiceBalance> invoices,
            boolean overpaymentConfirmed) {
        validate(payment, outstandingCosts, invoices);
        Money zero = Money.zero(payment.currency());
        Money outstanding = invoices.stream().map(i -> i.interest().plus(i.principal())).reduce(outstandingCosts, Money::plus);
        if (payment.isGreaterThan(outstanding) && !overpaymentConfirmed) {
            throw DomainValidationException.of("payment.amount", ErrorCode.OVERPAYMENT_NOT_CONFIRMED, payment
                    + " is more than the outstanding " + outstanding + "; confirm it as an overpayment");
        }
        // art. 6:44 BW: costs, then interest, then principal
        Money costs = payment.min(outstandingCosts);
        Money rest = payment.minus(costs);
        List<Money> interest = new ArrayList<>();
        for (InvoiceBalance invoice : invoices) {
            Money part = rest.min(invoice.interest());
            interest.add(part);
            rest = rest.minus(part);
        }
        List<InvoiceAllocation> allocations = new ArrayList<>();
        for (int i = 0; i < invoices.size(); i++) {
            Money part = rest.min(invoices.get(i).principal());
            allocations.add(new InvoiceAllocation(invoices.get(i).invoice(), interest.get(i), part));
            rest = rest.minus(part);
        }
        return new Allocation(payment, costs, allocations, rest.max(zero));
    }

    private static void validate(Money payment, Money outstandingCosts, List<InvoiceBalance> invoices) {
        payment.requirePositive("payment.amount");
        Currency currency = payment.currency();
        outstandingCosts.requireCurrency("payment.currency", currency);
        for (InvoiceBalance invoice : invoices) {
            invoice.interest().requireCurrency("payment.currency", currency);
            invoice.principal().requireCurrency("payment.currency", currency);
        }
    }
}
