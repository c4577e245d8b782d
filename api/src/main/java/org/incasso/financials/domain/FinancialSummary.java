package org.incasso.financials.domain;

import java.time.LocalDate;
import java.util.List;
import org.incasso.interest.domain.InterestCalculation;
import org.incasso.money.ExplanationLine;
import org.incasso.money.Money;

/**
 * A claim's money as of a date. {@code claimed} is costs (incl. VAT), interest to date and
 * principal; {@code outstanding = claimed − paid}. {@code agencyFee} is commission or flat fee
 * so far, {@code retainedByAgency} the interest and costs kept on export claims, and
 * {@code dueToCreditor} what the agency owes the creditor net of what the creditor received
 * directly (negative: the creditor owes the agency). A confirmed overpayment is outside all of these.
 */
public record FinancialSummary(
        LocalDate asOf,
        BalanceSplit claimed,
        BalanceSplit paid,
        BalanceSplit outstanding,
        Money overpayment,
        Money agencyFee,
        Money retainedByAgency,
        Money dueToCreditor,
        CollectionCosts collectionCosts,
        List<InterestCalculation> interestPerInvoice,
        List<PaymentEntry> payments,
        List<ExplanationLine> explanation) {

    public FinancialSummary {
        interestPerInvoice = List.copyOf(interestPerInvoice);
        payments = List.copyOf(payments);
        explanation = List.copyOf(explanation);
    }

    public Money principal() {
        return claimed.principal();
    }

    public Money interestToDate() {
        return claimed.interest();
    }

    public Money outstandingTotal() {
        return outstanding.total();
    }
}
