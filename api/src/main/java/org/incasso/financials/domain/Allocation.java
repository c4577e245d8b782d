package org.incasso.financials.domain;

import java.util.ArrayList;
import java.util.List;
import org.incasso.money.ExplanationLine;
import org.incasso.money.Money;

/**
 * How one payment was allocated: {@code costs + interest() + principal() + overpayment = payment}.
 * An overpayment is only ever present when it was explicitly confirmed.
 */
public record Allocation(Money payment, Money costs, List<InvoiceAllocation> invoices, Money overpayment) {

    public Allocation {
        invoices = List.copyOf(invoices);
    }

    public Money interest() {
        return invoices.stream().map(InvoiceAllocation::interest).reduce(Money.zero(payment.currency()), Money::plus);
    }

    public Money principal() {
        return invoices.stream().map(InvoiceAllocation::principal).reduce(Money.zero(payment.currency()), Money::plus);
    }

    public List<ExplanationLine> explanation() {
        List<ExplanationLine> lines = new ArrayList<>();
        lines.add(new ExplanationLine("allocation", "Payment " + payment + " (art. 6:44 BW: costs, then interest,"
                + " then principal; oldest invoice first): costs " + costs + ", interest " + interest()
                + ", principal " + principal() + (overpayment.isZero() ? "." : ", overpayment " + overpayment + ".")));
        invoices.stream()
                .filter(i -> i.interest().isPositive() || i.principal().isPositive())
                .forEach(i -> lines.add(new ExplanationLine("allocation.invoice", "Invoice " + i.invoice()
                        + ": interest " + i.interest() + ", principal " + i.principal() + ".")));
        return List.copyOf(lines);
    }
}
