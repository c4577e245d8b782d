package org.incasso.financials.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.incasso.money.Money;

/** Invariants of art. 6:44 BW allocation, for any payment and any outstanding balance. */
class PaymentAllocatorProperties {

    private final PaymentAllocator allocator = new PaymentAllocator();

    @Property
    void allocationsAddUpToThePayment(@ForAll("cents") BigDecimal payment, @ForAll("cents") BigDecimal costs,
            @ForAll("balances") List<InvoiceBalance> invoices) {
        Allocation a = allocator.allocate(eur(payment), eur(costs), invoices, true);
        assertThat(a.costs().plus(a.interest()).plus(a.principal()).plus(a.overpayment())).isEqualTo(eur(payment));
    }

    @Property
    void nothingIsAllocatedTwiceOrBeyondWhatIsOwed(@ForAll("cents") BigDecimal payment,
            @ForAll("cents") BigDecimal costs, @ForAll("balances") List<InvoiceBalance> invoices) {
        Allocation a = allocator.allocate(eur(payment), eur(costs), invoices, true);
        assertThat(a.invoices()).extracting(InvoiceAllocation::invoice)
                .containsExactlyElementsOf(invoices.stream().map(InvoiceBalance::invoice).toList());
        assertThat(a.costs().isNegative() || a.costs().isGreaterThan(eur(costs))).isFalse();
        for (int i = 0; i < invoices.size(); i++) {
            InvoiceAllocation part = a.invoices().get(i);
            assertThat(part.interest().isNegative() || part.interest().isGreaterThan(invoices.get(i).interest())).isFalse();
            assertThat(part.principal().isNegative() || part.principal().isGreaterThan(invoices.get(i).principal())).isFalse();
        }
        assertThat(a.overpayment().isNegative()).isFalse();
    }

    @Property
    void principalIsOnlyPaidOnceAllCostsAndInterestArePaid(@ForAll("cents") BigDecimal payment,
            @ForAll("cents") BigDecimal costs, @ForAll("balances") List<InvoiceBalance> invoices) {
        Allocation a = allocator.allocate(eur(payment), eur(costs), invoices, true);
        Money interestOwed = invoices.stream().map(InvoiceBalance::interest).reduce(eur(BigDecimal.ZERO), Money::plus);
        if (a.principal().isPositive()) {
            assertThat(a.costs()).isEqualTo(eur(costs));
            assertThat(a.interest()).isEqualTo(interestOwed);
        }
        if (a.interest().isPositive()) {
            assertThat(a.costs()).isEqualTo(eur(costs));
        }
    }

    @Property
    void theRemainingBalanceIsNeverNegative(@ForAll("cents") BigDecimal payment, @ForAll("cents") BigDecimal costs,
            @ForAll("balances") List<InvoiceBalance> invoices) {
        Allocation a = allocator.allocate(eur(payment), eur(costs), invoices, true);
        assertThat(eur(costs).minus(a.costs()).isNegative()).isFalse();
        List<Money> remaining = new ArrayList<>();
        for (int i = 0; i < invoices.size(); i++) {
            remaining.add(invoices.get(i).interest().minus(a.invoices().get(i).interest()));
            remaining.add(invoices.get(i).principal().minus(a.invoices().get(i).principal()));
        }
        assertThat(remaining).noneMatch(Money::isNegative);
    }

    @Provide
    Arbitrary<BigDecimal> cents() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("100000")).ofScale(2);
    }

    @Provide
    Arbitrary<List<InvoiceBalance>> balances() {
        Arbitrary<BigDecimal> amounts = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50000")).ofScale(2);
        Arbitrary<InvoiceBalance> invoice = Combinators.combine(amounts, amounts)
                .as((interest, principal) -> new InvoiceBalance("INV", eur(interest), eur(principal)));
        return invoice.list().ofMinSize(1).ofMaxSize(4).map(PaymentAllocatorProperties::numbered);
    }

    private static List<InvoiceBalance> numbered(List<InvoiceBalance> invoices) {
        List<InvoiceBalance> numbered = new ArrayList<>();
        for (int i = 0; i < invoices.size(); i++) {
            numbered.add(new InvoiceBalance("INV-" + i, invoices.get(i).interest(), invoices.get(i).principal()));
        }
        return numbered;
    }

    private static Money eur(BigDecimal amount) {
        return Money.of(amount, java.util.Currency.getInstance("EUR"));
    }
}
