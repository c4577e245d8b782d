package org.incasso.financials.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.incasso.fees.domain.CommissionTerms;
import org.incasso.interest.domain.InterestRateTable;
import org.incasso.money.ErrorCode;
import org.incasso.money.Violations;

/**
 * The money facts of one claim: its commission terms (kept from submission), invoices, collection
 * costs, the interest rate table for the debtor's country and the payments received since
 * submission. {@link #summarize(LocalDate)} replays the payments in date order.
 */
public record ClaimLedger(
        CommissionTerms terms,
        LocalDate submittedOn,
        List<Invoice> invoices,
        CollectionCosts costs,
        InterestRateTable interestRates,
        List<Payment> payments) {

    public ClaimLedger {
        invoices = List.copyOf(invoices);
        payments = List.copyOf(payments);
        validate(terms.currency(), submittedOn, invoices, costs, payments);
    }

    public ClaimLedger withPayment(Payment payment) {
        List<Payment> more = new ArrayList<>(payments);
        more.add(payment);
        return new ClaimLedger(terms, submittedOn, invoices, costs, interestRates, more);
    }

    public FinancialSummary summarize(LocalDate asOf) {
        Violations violations = new Violations();
        violations.check(!asOf.isBefore(submittedOn), "asOf", ErrorCode.DATE_BEFORE_SUBMISSION,
                "before the submission date " + submittedOn);
        for (int i = 0; i < payments.size(); i++) {
            violations.check(!payments.get(i).receivedOn().isAfter(asOf), "payments[" + i + "].receivedOn",
                    ErrorCode.DATE_AFTER_CALCULATION_DATE, "after " + asOf);
        }
        violations.throwIfAny();
        return new LedgerRun(this).summarize(asOf);
    }

    private static void validate(Currency currency, LocalDate submittedOn, List<Invoice> invoices,
            CollectionCosts costs, List<Payment> payments) {
        Violations violations = new Violations();
        violations.check(!invoices.isEmpty(), "invoices", ErrorCode.REQUIRED, "a claim has at least one invoice");
        for (int i = 0; i < invoices.size(); i++) {
            Invoice invoice = invoices.get(i);
            violations.check(invoice.amount().isPositive(), "invoices[" + i + "].amount", ErrorCode.AMOUNT_NOT_POSITIVE,
                    "must be above zero");
            violations.check(invoice.amount().currency().equals(currency), "invoices[" + i + "].amount",
                    ErrorCode.CURRENCY_MISMATCH, "expected " + currency);
        }
        violations.check(invoices.stream().map(Invoice::number).distinct().count() == invoices.size(), "invoices",
                ErrorCode.DUPLICATE_INVOICE, "invoice numbers must be unique within a claim");
        violations.check(costs.total().currency().equals(currency), "costs", ErrorCode.CURRENCY_MISMATCH,
                "expected " + currency);
        for (int i = 0; i < payments.size(); i++) {
            Payment payment = payments.get(i);
            String field = "payments[" + i + "]";
            violations.check(payment.amount().isPositive(), field + ".amount", ErrorCode.AMOUNT_NOT_POSITIVE,
                    "must be above zero");
            violations.check(payment.amount().currency().equals(currency), field + ".amount",
                    ErrorCode.CURRENCY_MISMATCH, "expected " + currency + " but was " + payment.amount().currency());
            violations.check(!payment.receivedOn().isBefore(submittedOn), field + ".receivedOn",
                    ErrorCode.PAYMENT_BEFORE_SUBMISSION, "before the submission date " + submittedOn);
        }
        violations.throwIfAny();
    }
}
