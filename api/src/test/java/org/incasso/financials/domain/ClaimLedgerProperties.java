package org.incasso.financials.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.financials.domain.LedgerFixtures.SUBMITTED;
import static org.incasso.financials.domain.LedgerFixtures.claim;
import static org.incasso.financials.domain.LedgerFixtures.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.incasso.money.Money;

/** Invariants of a whole claim under any sequence of (confirmed) payments. */
class ClaimLedgerProperties {

    private static final LocalDate AS_OF = SUBMITTED.plusDays(800);

    @Property(tries = 200)
    void paidAndOutstandingAddUpAndNothingIsNegative(@ForAll("countries") String country,
            @ForAll("payments") List<Payment> payments) {
        FinancialSummary s = ledger(country, payments).summarize(AS_OF);
        assertThat(s.paid().plus(s.outstanding())).isEqualTo(s.claimed());
        List<Money> figures = List.of(s.outstanding().costs(), s.outstanding().interest(), s.outstanding().principal(),
                s.paid().costs(), s.paid().interest(), s.paid().principal(), s.overpayment(), s.agencyFee());
        assertThat(figures).noneMatch(Money::isNegative);
        Money received = payments.stream().map(Payment::amount).reduce(LedgerFixtures.eur("0"), Money::plus);
        assertThat(s.paid().total().plus(s.overpayment())).isEqualTo(received);
    }

    @Property(tries = 200)
    void eachPaymentIsSplitBetweenAgencyAndCreditorWithoutRemainder(@ForAll("countries") String country,
            @ForAll("payments") List<Payment> payments) {
        FinancialSummary s = ledger(country, payments).summarize(AS_OF);
        for (PaymentEntry entry : s.payments()) {
            Allocation a = entry.allocation();
            assertThat(entry.settlement().agencyShare().plus(entry.settlement().dueToCreditor()).plus(a.overpayment()))
                    .isEqualTo(entry.payment().amount());
        }
    }

    @Property(tries = 100)
    void interestToDateIsMonotoneInTime(@ForAll("countries") String country, @ForAll("payments") List<Payment> payments,
            @ForAll @IntRange(max = 400) int extraDays) {
        ClaimLedger ledger = ledger(country, payments);
        Money earlier = ledger.summarize(AS_OF).interestToDate();
        Money later = ledger.summarize(AS_OF.plusDays(extraDays)).interestToDate();
        assertThat(later.isLessThan(earlier)).isFalse();
    }

    private static ClaimLedger ledger(String country, List<Payment> payments) {
        ClaimLedger ledger = claim(country, false, invoice("A", "1800.00", "2023-11-30"),
                invoice("B", "950.50", "2024-01-31"));
        for (Payment payment : payments) {
            ledger = ledger.withPayment(payment);
        }
        return ledger;
    }

    @Provide
    Arbitrary<String> countries() {
        return Arbitraries.of("NL", "BE", "CH", "US");
    }

    @Provide
    Arbitrary<List<Payment>> payments() {
        Arbitrary<BigDecimal> amounts = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("3500"))
                .ofScale(2);
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 800);
        Arbitrary<Payment> payment = Combinators.combine(amounts, days, Arbitraries.of(PaymentSource.class))
                .as((amount, day, source) -> new Payment("P", SUBMITTED.plusDays(day), LedgerFixtures.eur(amount.toPlainString()),
                        source, true));
        return payment.list().ofMaxSize(6);
    }
}
