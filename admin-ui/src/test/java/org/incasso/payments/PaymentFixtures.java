package org.incasso.payments;

import static org.incasso.testing.ClaimRequests.invoice;
import static org.incasso.testing.ClaimRequests.submission;
import static org.incasso.testing.ClaimRequests.submit;
import static org.incasso.testing.DemoData.NL_ADMIN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.incasso.testing.Api;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Claims and payment inputs for the payment tests. */
final class PaymentFixtures {

    static final LocalDate TODAY = LocalDate.now();
    /** Due 40 days ago: interest runs from the day after, 39 days up to the start of today, 40 including today. */
    static final LocalDate DUE = TODAY.minusDays(40);

    private PaymentFixtures() {
    }

    /** A claim of the demo NL creditor: one invoice of EUR 1,000.00 due {@link #DUE}, debtor in {@code country}. */
    static String claimOfThousand(String debtor, String country) {
        return submit(NL_ADMIN, submission(debtor + " " + UUID.randomUUID().toString().substring(0, 6), country,
                List.of(invoice("P-" + UUID.randomUUID().toString().substring(0, 8), "1000.00", "EUR", DUE))));
    }

    static Map<String, Object> payment(String claimId, String amount, String currency, LocalDate receivedOn) {
        Map<String, Object> input = new HashMap<>();
        input.put("claimId", claimId);
        input.put("idempotencyKey", UUID.randomUUID().toString());
        input.put("amount", Map.of("amount", amount, "currency", currency));
        input.put("receivedOn", receivedOn.toString());
        return input;
    }

    static Map<String, Object> payment(String claimId, String amount) {
        return payment(claimId, amount, "EUR", TODAY);
    }

    static GraphQlTester.Response register(String user, Map<String, Object> input) {
        return Api.as(user).documentName("registerPayment").variable("input", input).execute();
    }

    static GraphQlTester.Response reportDirect(String user, Map<String, Object> input) {
        return Api.as(user).documentName("reportDirectPayment").variable("input", input).execute();
    }

    static GraphQlTester.Response financials(String user, String claimId) {
        return Api.as(user).documentName("claimFinancials").variable("id", claimId).execute();
    }

    static String text(GraphQlTester.Response response, String path) {
        return response.path(path).entity(String.class).get();
    }

    static BigDecimal amount(GraphQlTester.Response response, String path) {
        return new BigDecimal(text(response, path));
    }

    /**
     * Collection costs of a EUR 1,000.00 domestic claim (Dutch scale): 15% of 1,000.00 = 150.00;
     * plus 21% VAT = 31.50 (181.50) when the creditor cannot deduct VAT.
     */
    static BigDecimal costsOfThousand(String claimId) {
        boolean deductible = financials(NL_ADMIN, claimId).path("claim.creditor.vatDeductible").entity(Boolean.class).get();
        return deductible ? new BigDecimal("150.00") : new BigDecimal("181.50");
    }
}
