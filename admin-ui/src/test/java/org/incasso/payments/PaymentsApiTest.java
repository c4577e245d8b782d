package org.incasso.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.payments.PaymentFixtures.*;
import static org.incasso.testing.ClaimRequests.change;
import static org.incasso.testing.ClaimRequests.invoice;
import static org.incasso.testing.ClaimRequests.submission;
import static org.incasso.testing.ClaimRequests.submit;
import static org.incasso.testing.DemoData.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.incasso.testing.Api;
import org.incasso.testing.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Registering and reporting payments: idempotency, overpayment, bad input with nothing stored, the
 * note, closed claims, access.
 */
@ApplicationTest
class PaymentsApiTest {

    @Test
    void theSameIdempotencyKeyTwiceRegistersOnePayment() {
        String claim = claimOfThousand("Twice", "NL");
        Map<String, Object> input = payment(claim, "50.00");
        String first = text(register(NL_SPECIALIST, input), "registerPayment.payment.id");
        GraphQlTester.Response again = register(NL_ADMIN, input);
        again.path("registerPayment.errors").entityList(Object.class).hasSize(0);
        assertThat(text(again, "registerPayment.payment.id")).isEqualTo(first);
        assertThat(paymentCount(claim)).isEqualTo(1);
        assertThat(eventCount(claim, "PAYMENT_REGISTERED")).isEqualTo(1);
    }

    @Test
    void theSameKeyFromTwoThreadsAtOnceRegistersOnePayment() throws Exception {
        String claim = claimOfThousand("Concurrent", "NL");
        Map<String, Object> input = payment(claim, "75.00");
        Api.as(NL_ADMIN); // token fetched before the race
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<String>> calls = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            await(start);
            return text(register(NL_ADMIN, input), "registerPayment.payment.id");
        })).toList();
        start.countDown();
        assertThat(calls.get(0).get()).isEqualTo(calls.get(1).get());
        assertThat(paymentCount(claim)).isEqualTo(1);
        assertThat(eventCount(claim, "PAYMENT_REGISTERED")).isEqualTo(1);
    }

    @Test
    void aKeyUsedForAnotherPaymentIsRefused() {
        String claim = claimOfThousand("Reused", "NL");
        Map<String, Object> input = payment(claim, "50.00");
        register(NL_ADMIN, input);
        input.put("amount", Map.of("amount", "60.00", "currency", "EUR"));
        assertRefused(register(NL_ADMIN, input), "registerPayment", "idempotencyKey", "IDEMPOTENCY_KEY_REUSED");
        assertThat(paymentCount(claim)).isEqualTo(1);
    }

    @Test
    void anOverpaymentIsRefusedUnlessConfirmedAndThenRecordedAsSuch() {
        String claim = claimOfThousand("Overpaid", "NL");
        BigDecimal costs = costsOfThousand(claim);
        assertRefused(register(NL_ADMIN, payment(claim, "5000.00")), "registerPayment", "amount.amount",
                "OVERPAYMENT_NOT_CONFIRMED");
        assertThat(paymentCount(claim)).isZero();

        Map<String, Object> confirmed = payment(claim, "5000.00");
        confirmed.put("overpayment", true);
        GraphQlTester.Response paid = register(NL_ADMIN, confirmed);
        // outstanding at the start of today: costs + 39 days' interest 10.85 + 1,000.00
        BigDecimal excess = new BigDecimal("5000.00").subtract(costs).subtract(new BigDecimal("1010.85"));
        assertThat(amount(paid, "registerPayment.payment.overpayment.amount")).isEqualByComparingTo(excess);
        GraphQlTester.Response f = financials(NL_ADMIN, claim);
        assertThat(amount(f, "claim.financials.overpayment.amount")).isEqualByComparingTo(excess);
        assertThat(text(f, "claim.financials.outstanding.total.amount")).isEqualTo("0.00");
    }

    @Test
    void badAmountsCurrenciesAndDatesAreRefusedWithNothingStored() {
        String claim = claimOfThousand("Bad Input", "NL");
        assertRefused(register(NL_ADMIN, payment(claim, "10.00", "USD", TODAY)), "registerPayment",
                "amount.currency", "CURRENCY_MISMATCH");
        assertRefused(register(NL_ADMIN, payment(claim, "0.00")), "registerPayment", "amount.amount", "NOT_POSITIVE");
        assertRefused(register(NL_ADMIN, payment(claim, "-5.00")), "registerPayment", "amount.amount", "NOT_POSITIVE");
        assertRefused(register(NL_ADMIN, payment(claim, "10.001")), "registerPayment", "amount.amount",
                "TOO_MANY_DECIMALS");
        assertRefused(register(NL_ADMIN, payment(claim, "ten")), "registerPayment", "amount.amount", "INVALID_FORMAT");
        assertRefused(register(NL_ADMIN, payment(claim, "10.00", "EUR", TODAY.plusDays(1))), "registerPayment",
                "receivedOn", "INVALID_DATE");
        assertRefused(register(NL_ADMIN, payment(claim, "10.00", "EUR", TODAY.minusDays(1))), "registerPayment",
                "receivedOn", "INVALID_DATE");
        Map<String, Object> noKey = payment(claim, "10.00");
        noKey.put("idempotencyKey", " ");
        assertRefused(register(NL_ADMIN, noKey), "registerPayment", "idempotencyKey", "REQUIRED");
        assertThat(paymentCount(claim)).isZero();
        assertThat(eventCount(claim, "PAYMENT_REGISTERED")).isZero();
    }

    @Test
    void creditorsReportDirectPaymentsOnlyOnTheirOwnClaims() {
        String own = claimOfThousand("Own", "NL");
        reportDirect(NL_CREDITOR_USER, payment(own, "20.00")).path("reportDirectPayment.errors")
                .entityList(Object.class).hasSize(0);
        assertThat(paymentCount(own)).isEqualTo(1);

        Map<String, Object> other = submission("Other Creditor's Debtor", "NL",
                List.of(invoice("O-" + System.nanoTime(), "500.00", "EUR", DUE)));
        other.put("creditorId", NL_OTHER_CREDITOR);
        String othersClaim = submit(NL_ADMIN, other);
        assertRefused(reportDirect(NL_CREDITOR_USER, payment(othersClaim, "20.00")), "reportDirectPayment",
                "claimId", "NOT_FOUND");
        assertThat(paymentCount(othersClaim)).isZero();
    }

    @Test
    void aReportsNoteTravelsInItsEventAndATooLongNoteIsRefused() {
        String claim = claimOfThousand("Noted", "NL");
        Map<String, Object> input = payment(claim, "30.00");
        input.put("note", "  Paid into our account, reference 4711 ");
        reportDirect(NL_CREDITOR_USER, input).path("reportDirectPayment.errors").entityList(Object.class).hasSize(0);
        List<String> payloads = financials(NL_ADMIN, claim)
                .path("claim.events[?(@.type == 'DIRECT_PAYMENT_REPORTED')].payload").entityList(String.class).get();
        // stored without the surrounding blanks
        assertThat(payloads).singleElement().asString().contains("note").contains("\"Paid into our account, reference 4711\"");

        Map<String, Object> tooLong = payment(claim, "30.00");
        tooLong.put("note", "x".repeat(501));
        assertRefused(reportDirect(NL_CREDITOR_USER, tooLong), "reportDirectPayment", "note", "TOO_LONG");
        assertThat(paymentCount(claim)).isEqualTo(1);
    }

    @Test
    void aClosedClaimTakesNoDirectPaymentReport() {
        String claim = claimOfThousand("Withdrawn", "NL");
        change(NL_CREDITOR_USER, "withdrawClaim", Map.of("claimId", claim)).path("withdrawClaim.errors")
                .entityList(Object.class).hasSize(0);
        assertRefused(reportDirect(NL_CREDITOR_USER, payment(claim, "20.00")), "reportDirectPayment", "claimId",
                "RULE_VIOLATION");
        assertRefused(reportDirect(NL_SPECIALIST, payment(claim, "20.00")), "reportDirectPayment", "claimId",
                "RULE_VIOLATION");
        assertThat(paymentCount(claim)).isZero();
        assertThat(eventCount(claim, "DIRECT_PAYMENT_REPORTED")).isZero();
    }

    @Test
    void anotherTenantsClaimIsNotFoundForEveryOperation() {
        String claim = claimOfThousand("Foreign", "NL");
        assertRefused(register(UK_ADMIN, payment(claim, "20.00")), "registerPayment", "claimId", "NOT_FOUND");
        assertRefused(reportDirect(UK_ADMIN, payment(claim, "20.00")), "reportDirectPayment", "claimId", "NOT_FOUND");
        financials(UK_ADMIN, claim).path("claim").valueIsNull();
        Api.as(UK_ADMIN).documentName("withdrawalQuote").variable("claimId", claim).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("NOT_FOUND")));
        assertThat(paymentCount(claim)).isZero();
    }

    @Test
    void partnersMayNotRegisterOrReportPaymentsAndCreditorsMayNotRegister() {
        String claim = claimOfThousand("Roles", "NL");
        assertForbidden(register(NL_PARTNER, payment(claim, "20.00")));
        assertForbidden(reportDirect(NL_PARTNER, payment(claim, "20.00")));
        assertForbidden(register(NL_CREDITOR_USER, payment(claim, "20.00")));
        assertThat(paymentCount(claim)).isZero();
    }

    private static void assertRefused(GraphQlTester.Response response, String mutation, String field, String code) {
        response.path(mutation + ".payment").valueIsNull()
                .path(mutation + ".errors[0].field").entity(String.class).isEqualTo(field)
                .path(mutation + ".errors[0].code").entity(String.class).isEqualTo(code);
    }

    private static void assertForbidden(GraphQlTester.Response response) {
        response.errors().satisfy(errors -> assertThat(errors).isNotEmpty().allSatisfy(
                error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
    }

    private static int paymentCount(String claim) {
        return financials(NL_ADMIN, claim).path("claim.financials.payments").entityList(Object.class).get().size();
    }

    private static long eventCount(String claim, String type) {
        return financials(NL_ADMIN, claim).path("claim.events[*].type").entityList(String.class).get().stream()
                .filter(type::equals).count();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
