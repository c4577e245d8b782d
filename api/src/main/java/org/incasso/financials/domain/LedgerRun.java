package org.incasso.financials.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incasso.fees.domain.CollectedAmounts;
import org.incasso.fees.domain.CommissionCalculator;
import org.incasso.fees.domain.Settlement;
import org.incasso.interest.domain.InterestCalculation;
import org.incasso.interest.domain.Repayment;
import org.incasso.interest.domain.StatutoryInterestCalculator;
import org.incasso.money.Money;

/** One replay of a ledger: payments in date order, each allocated on the balance at the start of its day. */
final class LedgerRun {

    private final ClaimLedger ledger;
    private final StatutoryInterestCalculator interest = new StatutoryInterestCalculator();
    private final PaymentAllocator allocator = new PaymentAllocator();
    private final CommissionCalculator commission = new CommissionCalculator();
    private final List<Invoice> invoices;
    private final Map<String, List<Repayment>> repayments = new LinkedHashMap<>();
    private final List<PaymentEntry> entries = new ArrayList<>();
    private Money outstandingCosts;
    private CollectedAmounts collected;

    LedgerRun(ClaimLedger ledger) {
        this.ledger = ledger;
        // art. 6:43 lid 2 BW: the oldest debt first
        this.invoices = ledger.invoices().stream().sorted(Comparator.comparing(Invoice::dueDate)).toList();
        invoices.forEach(i -> repayments.put(i.number(), new ArrayList<>()));
        this.outstandingCosts = ledger.costs().total();
        this.collected = CollectedAmounts.none(ledger.terms().currency());
    }

    FinancialSummary summarize(LocalDate asOf) {
        ledger.payments().stream().sorted(Comparator.comparing(Payment::receivedOn)).forEach(this::apply);
        List<InterestCalculation> finalInterest = invoices.stream().map(i -> balanceAtStartOf(i, asOf.plusDays(1))).toList();
        return new SummaryAssembler(ledger, asOf, finalInterest, entries).assemble();
    }

    private void apply(Payment payment) {
        List<InvoiceBalance> balances = invoices.stream().map(i -> {
            InterestCalculation balance = balanceAtStartOf(i, payment.receivedOn());
            return new InvoiceBalance(i.number(), balance.outstandingInterest(), balance.outstandingPrincipal());
        }).toList();
        Allocation allocation = allocator.allocate(payment.amount(), outstandingCosts, balances,
                payment.overpaymentConfirmed());
        outstandingCosts = outstandingCosts.minus(allocation.costs());
        allocation.invoices().stream()
                .filter(a -> a.interest().isPositive() || a.principal().isPositive())
                .forEach(a -> repayments.get(a.invoice())
                        .add(new Repayment(payment.receivedOn(), a.interest(), a.principal())));
        CollectedAmounts paidOff = new CollectedAmounts(allocation.costs(), allocation.interest(), allocation.principal());
        Settlement settlement = commission.settle(ledger.terms(), paidOff, collected);
        collected = collected.plus(paidOff);
        entries.add(new PaymentEntry(payment, allocation, settlement));
    }

    private InterestCalculation balanceAtStartOf(Invoice invoice, LocalDate day) {
        return interest.balanceAtStartOf(ledger.interestRates(), invoice.amount(), invoice.dueDate(), day,
                repayments.get(invoice.number()));
    }
}
