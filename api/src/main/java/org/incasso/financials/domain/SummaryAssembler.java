package org.incasso.financials.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import org.incasso.interest.domain.InterestCalculation;
import org.incasso.money.ExplanationLine;
import org.incasso.money.Money;

/** Adds up a ledger replay into the figures of a {@link FinancialSummary} and explains each one. */
final class SummaryAssembler {

    private final ClaimLedger ledger;
    private final LocalDate asOf;
    private final List<InterestCalculation> interest;
    private final List<PaymentEntry> entries;
    private final Currency currency;

    SummaryAssembler(ClaimLedger ledger, LocalDate asOf, List<InterestCalculation> interest, List<PaymentEntry> entries) {
        this.ledger = ledger;
        this.asOf = asOf;
        this.interest = interest;
        this.entries = entries;
        this.currency = ledger.terms().currency();
    }

    FinancialSummary assemble() {
        BalanceSplit paid = new BalanceSplit(sum(e -> e.allocation().costs()), sum(e -> e.allocation().interest()),
                sum(e -> e.allocation().principal()));
        BalanceSplit outstanding = new BalanceSplit(ledger.costs().total().minus(paid.costs()),
                sumInterest(InterestCalculation::outstandingInterest), sumInterest(InterestCalculation::outstandingPrincipal));
        // interest to date = interest paid + interest still outstanding (each invoice's accrued figure)
        BalanceSplit claimed = new BalanceSplit(ledger.costs().total(), sumInterest(InterestCalculation::accrued),
                ledger.invoices().stream().map(Invoice::amount).reduce(zero(), Money::plus));
        Money fee = sum(e -> e.settlement().commission());
        Money retained = sum(e -> e.settlement().retainedInterest().plus(e.settlement().retainedCosts()));
        Money dueToCreditor = sum(SummaryAssembler::netForCreditor);
        Money overpayment = sum(e -> e.allocation().overpayment());
        List<ExplanationLine> lines = explain(claimed, paid, outstanding, fee, retained, dueToCreditor, overpayment);
        return new FinancialSummary(asOf, claimed, paid, outstanding, overpayment, fee, retained, dueToCreditor,
                ledger.costs(), interest, entries, lines);
    }

    // the agency passes on the creditor's share of what it received; the creditor owes the agency's
    // share of what it received directly (direct payments are commission-liable too)
    private static Money netForCreditor(PaymentEntry entry) {
        return switch (entry.payment().source()) {
            case AGENCY -> entry.settlement().dueToCreditor();
            case DIRECT_TO_CREDITOR -> entry.settlement().agencyShare().negate();
        };
    }

    private List<ExplanationLine> explain(BalanceSplit claimed, BalanceSplit paid, BalanceSplit outstanding, Money fee,
            Money retained, Money dueToCreditor, Money overpayment) {
        List<ExplanationLine> lines = new ArrayList<>();
        ledger.invoices().forEach(i -> lines.add(new ExplanationLine("principal", "Invoice " + i.number() + ": "
                + i.amount() + ", due " + i.dueDate() + ".")));
        lines.add(new ExplanationLine("principal", "Principal = " + claimed.principal() + "."));
        interest.forEach(c -> lines.addAll(c.explanation()));
        lines.add(new ExplanationLine("interest", "Interest to " + asOf + " = " + claimed.interest() + "."));
        lines.addAll(ledger.costs().explanation());
        lines.add(new ExplanationLine("costs", "Collection costs = " + claimed.costs() + "."));
        entries.forEach(e -> lines.addAll(e.allocation().explanation()));
        lines.add(new ExplanationLine("paid", "Paid: costs " + paid.costs() + ", interest " + paid.interest()
                + ", principal " + paid.principal() + " = " + paid.total() + "."));
        lines.add(new ExplanationLine("outstanding", "Outstanding = claimed " + claimed.total() + " − paid "
                + paid.total() + " = " + outstanding.total() + "."));
        entries.forEach(e -> lines.addAll(e.settlement().explanation()));
        lines.add(new ExplanationLine("agencyFee", "Agency fee so far = " + fee + "; interest and costs kept by"
                + " the agency = " + retained + "."));
        lines.add(new ExplanationLine("dueToCreditor", "Due to the creditor = creditor's share of payments to the"
                + " agency − agency's share of payments made directly to the creditor = " + dueToCreditor + "."));
        if (overpayment.isPositive()) {
            lines.add(new ExplanationLine("overpayment", "Confirmed overpayment " + overpayment
                    + ", to be refunded to the debtor; not part of any figure above."));
        }
        return lines;
    }

    private Money sum(Function<PaymentEntry, Money> figure) {
        return entries.stream().map(figure).reduce(zero(), Money::plus);
    }

    private Money sumInterest(Function<InterestCalculation, Money> figure) {
        return interest.stream().map(figure).reduce(zero(), Money::plus);
    }

    private Money zero() {
        return Money.zero(currency);
    }
}
