package org.incasso.financials.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.incasso.financials.domain.LedgerFixtures.claim;
import static org.incasso.financials.domain.LedgerFixtures.eur;
import static org.incasso.financials.domain.LedgerFixtures.invoice;
import static org.incasso.financials.domain.LedgerFixtures.payment;

import java.time.LocalDate;
import org.incasso.fees.domain.SettlementMode;
import org.incasso.money.DomainValidationException;
import org.incasso.money.ErrorCode;
import org.junit.jupiter.api.Test;

/** Whole-claim scenarios; every expected figure is worked out by hand in the comments. */
class ClaimLedgerTest {

    // Domestic claim: INV-1 1000.00 due 2024-01-31, NL rate 12.50 all of H1 2024.
    // Costs: Dutch scale 15% × 1000 = 150.00 (creditor deducts VAT).
    // Start of 2024-03-01: interest 02-01..02-29 = 1000 × 12.5 × 29 / 36500 = 9.9315 → 9.93.
    // Payment 200.00 on 03-01 (agency): costs 150.00, interest 9.93, principal 200 − 159.93 = 40.07 → base 959.93.
    // Settlement: interest and costs collected on a domestic claim → 15% × 40.07 = 6.0105 → 6.01; creditor 193.99.
    private final ClaimLedger domestic = claim("NL", true, invoice("INV-1", "1000.00", "2024-01-31"))
            .withPayment(payment("2024-03-01", "200.00", PaymentSource.AGENCY));

    @Test
    void summarisesADomesticClaimAfterAPartialPayment() {
        // 03-01..03-31 31 days on 959.93: 959.93 × 12.5 × 31 / 36500 = 10.1910 → 10.19
        FinancialSummary s = domestic.summarize(LocalDate.parse("2024-03-31"));
        assertThat(s.claimed()).isEqualTo(new BalanceSplit(eur("150.00"), eur("20.12"), eur("1000.00"))); // 9.93 + 10.19
        assertThat(s.paid()).isEqualTo(new BalanceSplit(eur("150.00"), eur("9.93"), eur("40.07")));
        assertThat(s.outstanding()).isEqualTo(new BalanceSplit(eur("0.00"), eur("10.19"), eur("959.93")));
        assertThat(s.outstandingTotal()).isEqualTo(eur("970.12"));
        assertThat(s.agencyFee()).isEqualTo(eur("6.01"));
        assertThat(s.retainedByAgency()).isEqualTo(eur("0.00"));
        assertThat(s.dueToCreditor()).isEqualTo(eur("193.99"));
        assertThat(s.payments().getFirst().settlement().mode()).isEqualTo(SettlementMode.DOMESTIC_FLAT_FEE);
    }

    @Test
    void aPaymentReportedByTheCreditorIsCommissionLiableAndOwedByTheCreditor() {
        // Start of 04-01: interest 10.19, principal 959.93. Direct payment 100.00: interest 10.19, principal 89.81.
        // Flat fee 15% × 89.81 = 13.4715 → 13.47, owed by the creditor who holds the money.
        // 04-01..04-30 30 days on 870.12: 870.12 × 12.5 × 30 / 36500 = 8.9396 → 8.94
        FinancialSummary s = domestic.withPayment(payment("2024-04-01", "100.00", PaymentSource.DIRECT_TO_CREDITOR))
                .summarize(LocalDate.parse("2024-04-30"));
        assertThat(s.interestToDate()).isEqualTo(eur("29.06"));                   // 9.93 + 10.19 + 8.94
        assertThat(s.paid()).isEqualTo(new BalanceSplit(eur("150.00"), eur("20.12"), eur("129.88")));
        assertThat(s.outstanding()).isEqualTo(new BalanceSplit(eur("0.00"), eur("8.94"), eur("870.12")));
        assertThat(s.agencyFee()).isEqualTo(eur("19.48"));                        // 6.01 + 13.47
        assertThat(s.dueToCreditor()).isEqualTo(eur("180.52"));                   // 193.99 − 13.47
    }

    @Test
    void anExportClaimPaidInFullLeavesInterestAndCostsWithTheAgency() {
        // BE: EU region, 15% (≤ 2,500); costs EU minimum 40.00; rate ECB 4.50 + 8 = 12.50.
        // Start of 03-01: interest 2000 × 12.5 × 29 / 36500 = 19.8630 → 19.86; total 40 + 19.86 + 2000 = 2059.86.
        // Commission 15% × 2000 = 300.00; agency keeps 19.86 + 40.00; creditor 2000 − 300 = 1700.00.
        FinancialSummary s = claim("BE", true, invoice("INV-9", "2000.00", "2024-01-31"))
                .withPayment(payment("2024-03-01", "2059.86", PaymentSource.AGENCY))
                .summarize(LocalDate.parse("2024-03-31"));
        assertThat(s.claimed()).isEqualTo(new BalanceSplit(eur("40.00"), eur("19.86"), eur("2000.00")));
        assertThat(s.outstandingTotal()).isEqualTo(eur("0.00"));
        assertThat(s.agencyFee()).isEqualTo(eur("300.00"));
        assertThat(s.retainedByAgency()).isEqualTo(eur("59.86"));
        assertThat(s.dueToCreditor()).isEqualTo(eur("1700.00"));
        assertThat(s.overpayment()).isEqualTo(eur("0.00"));
    }

    @Test
    void anOverpaymentIsOnlyAcceptedWhenConfirmedAndThenRecordedAsSuch() {
        ClaimLedger export = claim("BE", true, invoice("INV-9", "2000.00", "2024-01-31"));
        LocalDate paidOn = LocalDate.parse("2024-03-01");
        assertThatThrownBy(() -> export.withPayment(Payment.received("P", paidOn, eur("2100.00"), PaymentSource.AGENCY))
                .summarize(paidOn))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("payment.amount");
                    assertThat(e.code()).isEqualTo(ErrorCode.OVERPAYMENT_NOT_CONFIRMED);
                });
        // 2100.00 − 2059.86 = 40.14 overpaid; commission and creditor share as if 2059.86 had been paid
        FinancialSummary s = export.withPayment(new Payment("P", paidOn, eur("2100.00"), PaymentSource.AGENCY, true))
                .summarize(paidOn);
        assertThat(s.overpayment()).isEqualTo(eur("40.14"));
        assertThat(s.dueToCreditor()).isEqualTo(eur("1700.00"));
        assertThat(s.outstandingTotal()).isEqualTo(eur("0.00"));
        assertThat(s.explanation()).anyMatch(l -> l.subject().equals("overpayment"));
    }

    @Test
    void eachInvoiceEarnsInterestFromItsOwnDueDate() {
        // INV-A 1000.00 due 2024-01-31: 02-01..03-01 30 days: 1000 × 12.5 × 30 / 36500 = 10.2739 → 10.27
        // INV-B 3650.00 due 2023-12-31: 01-01..03-01 61 days: 3650 × 12.5 × 61 / 36500 = 76.25
        // Costs on 4650: 375 + 10% × 2150 = 590.00, + 21% VAT 123.90 = 713.90 (creditor cannot deduct VAT)
        FinancialSummary s = claim("NL", false, invoice("INV-A", "1000.00", "2024-01-31"),
                invoice("INV-B", "3650.00", "2023-12-31")).summarize(LocalDate.parse("2024-03-01"));
        assertThat(s.interestPerInvoice()).extracting(c -> c.accrued()).containsExactly(eur("76.25"), eur("10.27"));
        assertThat(s.claimed()).isEqualTo(new BalanceSplit(eur("713.90"), eur("86.52"), eur("4650.00")));
        assertThat(s.outstandingTotal()).isEqualTo(eur("5450.42"));
        assertThat(s.agencyFee()).isEqualTo(eur("0.00"));
    }

    @Test
    void twoPaymentsOnOneDayAreAllocatedOneAfterTheOther() {
        // 100.00 then 100.00 on 03-01: the first pays 100 of the 150.00 costs; the second the other 50.00 costs,
        // interest 9.93 and principal 100 − 59.93 = 40.07 — the same figures as one payment of 200.00.
        // Fees: 0.00 (no principal) + 15% × 40.07 = 6.01.
        FinancialSummary s = claim("NL", true, invoice("INV-1", "1000.00", "2024-01-31"))
                .withPayment(new Payment("P1", LocalDate.parse("2024-03-01"), eur("100.00"), PaymentSource.AGENCY, false))
                .withPayment(new Payment("P2", LocalDate.parse("2024-03-01"), eur("100.00"), PaymentSource.AGENCY, false))
                .summarize(LocalDate.parse("2024-03-31"));
        assertThat(s.payments()).extracting(e -> e.allocation().costs()).containsExactly(eur("100.00"), eur("50.00"));
        assertThat(s.paid()).isEqualTo(new BalanceSplit(eur("150.00"), eur("9.93"), eur("40.07")));
        assertThat(s.outstanding()).isEqualTo(new BalanceSplit(eur("0.00"), eur("10.19"), eur("959.93")));
        assertThat(s.agencyFee()).isEqualTo(eur("6.01"));
        assertThat(s.dueToCreditor()).isEqualTo(eur("193.99"));
    }

    @Test
    void explainsEveryFigure() {
        FinancialSummary s = domestic.summarize(LocalDate.parse("2024-03-31"));
        assertThat(s.explanation()).extracting(l -> l.subject()).contains("principal", "interest", "interest.period",
                "costs", "costs.scale", "allocation", "paid", "outstanding", "settlement.commission", "agencyFee",
                "dueToCreditor");
        assertThat(s.explanation().toString()).contains("31 days × 959.93 EUR × 12.50% / 365 = 10.19 EUR",
                "15% of collected principal 40.07 EUR = 6.01 EUR");
    }

    @Test
    void rejectsBadPayments() {
        ClaimLedger ledger = claim("NL", true, invoice("INV-1", "1000.00", "2024-01-31"));
        assertRejected(() -> ledger.withPayment(payment("2024-02-14", "10.00", PaymentSource.AGENCY)),
                "payments[0].receivedOn", ErrorCode.PAYMENT_BEFORE_SUBMISSION);
        assertRejected(() -> ledger.withPayment(Payment.received("P", LocalDate.parse("2024-03-01"),
                org.incasso.money.Money.of("10", "USD"), PaymentSource.AGENCY)), "payments[0].amount",
                ErrorCode.CURRENCY_MISMATCH);
        assertRejected(() -> ledger.withPayment(payment("2024-03-01", "0.00", PaymentSource.AGENCY)),
                "payments[0].amount", ErrorCode.AMOUNT_NOT_POSITIVE);
        assertRejected(() -> ledger.withPayment(payment("2024-03-01", "10.00", PaymentSource.AGENCY))
                .summarize(LocalDate.parse("2024-02-29")), "payments[0].receivedOn", ErrorCode.DATE_AFTER_CALCULATION_DATE);
        assertRejected(() -> claim("NL", true, invoice("A", "1.00", "2024-01-31"), invoice("A", "2.00", "2024-01-31")),
                "invoices", ErrorCode.DUPLICATE_INVOICE);
    }

    private static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
            ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.code()).isEqualTo(code);
        });
    }
}
