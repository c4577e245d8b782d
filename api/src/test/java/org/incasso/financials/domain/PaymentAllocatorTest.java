package org.incasso.financials.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.incasso.money.DomainValidationException;
import org.incasso.money.ErrorCode;
import org.incasso.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Art. 6:44 BW: costs, then interest, then principal. */
class PaymentAllocatorTest {

    private final PaymentAllocator allocator = new PaymentAllocator();

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    // outstanding: costs 40.00, interest 10.00, principal 500.00 (total 550.00)
    @ParameterizedTest(name = "payment {0} → costs {1}, interest {2}, principal {3}")
    @CsvSource({
            "30.00,  30.00, 0.00,  0.00",    // less than the costs: costs only
            "40.00,  40.00, 0.00,  0.00",    // exactly the costs
            "45.00,  40.00, 5.00,  0.00",    // costs, then part of the interest
            "50.00,  40.00, 10.00, 0.00",    // costs and interest, nothing to principal yet
            "100.00, 40.00, 10.00, 50.00",   // 100 − 40 − 10 = 50 to principal
            "550.00, 40.00, 10.00, 500.00"   // everything, no overpayment
    })
    void allocatesCostsThenInterestThenPrincipal(String payment, String costs, String interest, String principal) {
        Allocation allocation = allocator.allocate(eur(payment), eur("40.00"),
                List.of(new InvoiceBalance("INV-1", eur("10.00"), eur("500.00"))), false);
        assertThat(allocation.costs()).isEqualTo(eur(costs));
        assertThat(allocation.interest()).isEqualTo(eur(interest));
        assertThat(allocation.principal()).isEqualTo(eur(principal));
        assertThat(allocation.overpayment()).isEqualTo(eur("0"));
    }

    @Test
    void paysTheInterestOfEveryInvoiceBeforeAnyPrincipalOldestInvoiceFirst() {
        // no costs; A (oldest) interest 10 / principal 500, B interest 20 / principal 300; payment 100:
        // interest A 10, interest B 20, then principal A 100 − 30 = 70, principal B 0
        Allocation allocation = allocator.allocate(eur("100.00"), eur("0"), List.of(
                new InvoiceBalance("A", eur("10.00"), eur("500.00")),
                new InvoiceBalance("B", eur("20.00"), eur("300.00"))), false);
        assertThat(allocation.invoices()).containsExactly(
                new InvoiceAllocation("A", eur("10.00"), eur("70.00")),
                new InvoiceAllocation("B", eur("20.00"), eur("0.00")));
    }

    @Test
    void refusesMoreThanTheOutstandingTotalUnlessConfirmed() {
        // outstanding 40 + 10 + 500 = 550; 550.01 is an overpayment of 0.01
        assertThatThrownBy(() -> allocator.allocate(eur("550.01"), eur("40.00"),
                List.of(new InvoiceBalance("INV-1", eur("10.00"), eur("500.00"))), false))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("payment.amount");
                    assertThat(e.code()).isEqualTo(ErrorCode.OVERPAYMENT_NOT_CONFIRMED);
                });
    }

    @Test
    void recordsAConfirmedOverpaymentAsSuch() {
        // 1000 − 550 = 450 overpaid
        Allocation allocation = allocator.allocate(eur("1000.00"), eur("40.00"),
                List.of(new InvoiceBalance("INV-1", eur("10.00"), eur("500.00"))), true);
        assertThat(allocation.costs()).isEqualTo(eur("40.00"));
        assertThat(allocation.interest()).isEqualTo(eur("10.00"));
        assertThat(allocation.principal()).isEqualTo(eur("500.00"));
        assertThat(allocation.overpayment()).isEqualTo(eur("450.00"));
        assertThat(allocation.explanation().getFirst().text()).contains("overpayment 450.00 EUR");
    }

    @Test
    void rejectsZeroNegativeAndForeignPayments() {
        List<InvoiceBalance> invoices = List.of(new InvoiceBalance("INV-1", eur("10.00"), eur("500.00")));
        assertThatThrownBy(() -> allocator.allocate(eur("0.00"), eur("0"), invoices, false))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.AMOUNT_NOT_POSITIVE));
        assertThatThrownBy(() -> allocator.allocate(eur("-1.00"), eur("0"), invoices, false))
                .isInstanceOfSatisfying(DomainValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("payment.amount"));
        assertThatThrownBy(() -> allocator.allocate(Money.of("10", "USD"), eur("0"), invoices, false))
                .isInstanceOfSatisfying(DomainValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("payment.currency");
                    assertThat(e.code()).isEqualTo(ErrorCode.CURRENCY_MISMATCH);
                });
    }
}
