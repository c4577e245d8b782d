package org.incasso.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Builds claim inputs for the API tests and submits claims through the API. */
public final class ClaimRequests {

    private ClaimRequests() {
    }

    public static Map<String, Object> invoice(String number, String amount, String currency, LocalDate due) {
        Map<String, Object> invoice = new HashMap<>();
        invoice.put("number", number);
        invoice.put("invoiceDate", due.minusDays(30).toString());
        invoice.put("dueDate", due.toString());
        invoice.put("amount", Map.of("amount", amount, "currency", currency));
        return invoice;
    }

    /** A submission for the demo NL creditor against a new debtor in {@code country}. */
    public static Map<String, Object> submission(String debtorName, String country, List<Map<String, Object>> invoices) {
        Map<String, Object> input = new HashMap<>();
        input.put("creditorId", DemoData.NL_CREDITOR);
        input.put("debtor", Map.of("name", debtorName, "address", Map.of("city", "Somewhere", "country", country)));
        input.put("invoices", new ArrayList<>(invoices));
        return input;
    }

    public static Map<String, Object> simpleSubmission(String debtorName, String country) {
        String prefix = UUID.randomUUID().toString().substring(0, 8);
        return submission(debtorName, country, List.of(
                invoice(prefix + "-1", "1000.00", "EUR", LocalDate.now().minusDays(40)),
                invoice(prefix + "-2", "250.50", "EUR", LocalDate.now().minusDays(200))));
    }

    /** Submits and returns the new claim's id. */
    public static String submit(String user, Map<String, Object> input) {
        GraphQlTester.Response response = Api.as(user).documentName("submitClaim").variable("input", input).execute();
        response.path("submitClaim.errors").entityList(Object.class).hasSize(0);
        return response.path("submitClaim.claim.id").entity(String.class).get();
    }

    public static GraphQlTester.Response change(String user, String mutation, Map<String, Object> input) {
        return Api.as(user).documentName(mutation).variable("input", input).execute();
    }

    public static int version(String claimId) {
        return Api.as(DemoData.NL_ADMIN).documentName("claim").variable("id", claimId).execute()
                .path("claim.version").entity(Integer.class).get();
    }
}
