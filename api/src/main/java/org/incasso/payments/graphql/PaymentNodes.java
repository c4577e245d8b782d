package org.incasso.payments.graphql;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Predicate;
import org.incasso.financials.domain.BalanceSplit;
import org.incasso.financials.domain.CollectionCosts;
import org.incasso.financials.domain.FinancialSummary;
import org.incasso.financials.domain.PaymentEntry;
import org.incasso.financials.domain.PaymentSource;
import org.incasso.interest.domain.InterestCalculation;
import org.incasso.interest.domain.InterestPeriod;
import org.incasso.money.ExplanationLine;
import org.incasso.money.Money;
import org.incasso.payments.PaymentReceipt;
import org.incasso.payments.StoredPayment;
import org.incasso.payments.WithdrawalQuote;

/** The GraphQL shapes of payments and financials: amounts as decimal strings, never floating point. */
final class PaymentNodes {

    private PaymentNodes() {
    }

    record MoneyNode(String amount, String currency) {

        static MoneyNode of(Money money) {
            return new MoneyNode(money.amount().toPlainString(), money.currency().getCurrencyCode());
        }
    }

    record SplitNode(MoneyNode costs, MoneyNode interest, MoneyNode principal, MoneyNode total) {

        static SplitNode of(BalanceSplit split) {
            return new SplitNode(MoneyNode.of(split.costs()), MoneyNode.of(split.interest()),
                    MoneyNode.of(split.principal()), MoneyNode.of(split.total()));
        }
    }

    record ExplainedAmount(MoneyNode amount, List<ExplanationLine> explanation) {

        static ExplainedAmount of(Money money, List<ExplanationLine> explanation) {
            return new ExplainedAmount(MoneyNode.of(money), explanation);
        }
    }

    record PaymentNode(String id, String claimId, PaymentSource source, MoneyNode amount, LocalDate receivedOn,
            MoneyNode overpayment, String idempotencyKey, OffsetDateTime registeredAt, SplitNode allocation,
            MoneyNode agencyFee, MoneyNode agencyShare, MoneyNode creditorShare, List<ExplanationLine> explanation) {

        static PaymentNode of(PaymentReceipt receipt) {
            StoredPayment p = receipt.payment();
            PaymentLineNode line = PaymentLineNode.of(receipt.entry());
            return new PaymentNode(p.id().toString(), p.claimId().toString(), p.source(), MoneyNode.of(p.amount()),
                    p.receivedOn(), MoneyNode.of(p.overpayment()), p.idempotencyKey(), p.registeredAt(),
                    line.allocation(), line.agencyFee(), line.agencyShare(), line.creditorShare(), line.explanation());
        }
    }

    record PaymentLineNode(String paymentId, PaymentSource source, MoneyNode amount, LocalDate receivedOn,
            SplitNode allocation, MoneyNode overpayment, MoneyNode agencyFee, MoneyNode agencyShare,
            MoneyNode creditorShare, List<ExplanationLine> explanation) {

        static PaymentLineNode of(PaymentEntry entry) {
            var allocation = entry.allocation();
            var settlement = entry.settlement();
            List<ExplanationLine> lines = new java.util.ArrayList<>(allocation.explanation());
            lines.addAll(settlement.explanation());
            return new PaymentLineNode(entry.payment().reference(), entry.payment().source(),
                    MoneyNode.of(entry.payment().amount()), entry.payment().receivedOn(),
                    SplitNode.of(new BalanceSplit(allocation.costs(), allocation.interest(), allocation.principal())),
                    MoneyNode.of(allocation.overpayment()), MoneyNode.of(settlement.commission()),
                    MoneyNode.of(settlement.agencyShare()), MoneyNode.of(settlement.dueToCreditor()), lines);
        }
    }

    record PeriodNode(LocalDate from, LocalDate to, long days, MoneyNode base, String ratePercent, MoneyNode interest) {

        static PeriodNode of(InterestPeriod p) {
            return new PeriodNode(p.from(), p.to(), p.days(), MoneyNode.of(p.base()), p.ratePercent().toPlainString(),
                    MoneyNode.of(p.interest()));
        }
    }

    record InvoiceInterestNode(String rateTable, MoneyNode principal, LocalDate firstInterestDay,
            LocalDate calculationDate, MoneyNode accrued, MoneyNode paid, MoneyNode outstanding,
            MoneyNode outstandingPrincipal, List<PeriodNode> periods) {

        static InvoiceInterestNode of(InterestCalculation c) {
            return new InvoiceInterestNode(c.rateTable(), MoneyNode.of(c.principal()), c.firstInterestDay(),
                    c.calculationDate(), MoneyNode.of(c.accrued()), MoneyNode.of(c.interestPaid()),
                    MoneyNode.of(c.outstandingInterest()), MoneyNode.of(c.outstandingPrincipal()),
                    c.periods().stream().map(PeriodNode::of).toList());
        }
    }

    record InterestNode(MoneyNode total, List<InvoiceInterestNode> invoices, List<ExplanationLine> explanation) {
    }

    record CostsNode(String regime, MoneyNode costs, MoneyNode vat, MoneyNode total, List<ExplanationLine> explanation) {

        static CostsNode of(CollectionCosts c) {
            return new CostsNode(c.regime().name(), MoneyNode.of(c.costs()), MoneyNode.of(c.vat()),
                    MoneyNode.of(c.total()), c.explanation());
        }
    }

    /** Each figure carries the lines of the full explanation that are about it (by subject). */
    record FinancialsNode(LocalDate asOf, ExplainedAmount principal, InterestNode interest, CostsNode collectionCosts,
            SplitNode paid, List<ExplanationLine> paidExplanation, SplitNode outstanding,
            List<ExplanationLine> outstandingExplanation, MoneyNode overpayment, ExplainedAmount agencyFee,
            MoneyNode retainedByAgency, ExplainedAmount dueToCreditor, List<PaymentLineNode> payments,
            List<ExplanationLine> explanation) {

        static FinancialsNode of(FinancialSummary s) {
            List<ExplanationLine> all = s.explanation();
            return new FinancialsNode(s.asOf(),
                    ExplainedAmount.of(s.principal(), lines(all, "principal"::equals)),
                    new InterestNode(MoneyNode.of(s.interestToDate()),
                            s.interestPerInvoice().stream().map(InvoiceInterestNode::of).toList(),
                            lines(all, subject -> subject.startsWith("interest"))),
                    CostsNode.of(s.collectionCosts()),
                    SplitNode.of(s.paid()), lines(all, subject -> subject.startsWith("allocation") || subject.equals("paid")),
                    SplitNode.of(s.outstanding()), lines(all, "outstanding"::equals),
                    MoneyNode.of(s.overpayment()),
                    ExplainedAmount.of(s.agencyFee(), lines(all, subject -> subject.startsWith("settlement")
                            || subject.equals("agencyFee"))),
                    MoneyNode.of(s.retainedByAgency()),
                    ExplainedAmount.of(s.dueToCreditor(), lines(all, "dueToCreditor"::equals)),
                    s.payments().stream().map(PaymentLineNode::of).toList(), all);
        }

        private static List<ExplanationLine> lines(List<ExplanationLine> all, Predicate<String> subject) {
            return all.stream().filter(line -> subject.test(line.subject())).toList();
        }
    }

    record WithdrawalQuoteNode(String claimId, org.incasso.claims.ClaimPhase phase, MoneyNode outstandingPrincipal,
            String ratePercent, MoneyNode fee, List<ExplanationLine> explanation) {

        static WithdrawalQuoteNode of(WithdrawalQuote quote) {
            var fee = quote.fee();
            return new WithdrawalQuoteNode(quote.claimId().toString(), quote.phase(),
                    MoneyNode.of(fee.outstandingPrincipal()), fee.ratePercent().toPlainString(), MoneyNode.of(fee.fee()),
                    fee.explanation());
        }
    }

    record PaymentPayload(PaymentNode payment, List<org.incasso.common.FieldViolation> errors) {
    }

    record MoneyInput(String amount, String currency) {
    }

    record RegisterPaymentInput(java.util.UUID claimId, String idempotencyKey, MoneyInput amount,
            LocalDate receivedOn, @org.jspecify.annotations.Nullable Boolean overpayment,
            @org.jspecify.annotations.Nullable String note) {

        org.incasso.payments.PaymentRegistration toRegistration() {
            return new org.incasso.payments.PaymentRegistration(claimId, idempotencyKey, amount.amount(),
                    amount.currency(), receivedOn, Boolean.TRUE.equals(overpayment), note);
        }
    }
}
