package org.incasso.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.testing.DemoData.NL_ADMIN;
import static org.incasso.testing.DemoData.UK_CREDITOR_USER;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.incasso.testing.Api;
import org.incasso.testing.ApplicationTest;
import org.incasso.testing.TestStack;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/** The public quote: tenant by host name, PRODUCT.md's numbers, bad input, the rate limit. */
@ApplicationTest
class QuoteApiTest {

    static final String NL_HOST = "localhost";
    static final String UK_HOST = "127.0.0.1";
    static final LocalDate TODAY = LocalDate.now();

    @Test
    void anonymousDomesticQuoteUpToTheBandLimitIsTwelvePerCentWithTheRegistrationFee() {
        GraphQlTester.Response response = quote(NL_HOST, "NL", "2500.00", "EUR", TODAY.minusDays(180), null);
        response.path("quote.agency").entity(String.class).isEqualTo("Incasso Nederland B.V.")
                .path("quote.region").entity(String.class).isEqualTo("DOMESTIC")
                .path("quote.band").entity(String.class).isEqualTo("UP_TO_2500")
                .path("quote.baseRatePercent").entity(String.class).isEqualTo("12")
                .path("quote.surchargePoints").entity(String.class).isEqualTo("0")
                .path("quote.commissionRatePercent").entity(String.class).isEqualTo("12")
                .path("quote.domesticFlatFeePercent").entity(String.class).isEqualTo("15")
                .path("quote.registrationFee").entity(Map.class).isEqualTo(Map.of("amount", "50.00", "currency", "EUR"))
                .path("quote.expectedAmicableDays").entity(Integer.class).isEqualTo(90)
                .path("quote.warnings").entityList(Object.class).hasSize(0)
                .path("quote.refused").entity(Boolean.class).isEqualTo(false)
                .path("quote.explanation[*].subject").entityList(String.class)
                .contains("commission.band", "commission.surcharge", "registrationFee");
    }

    @Test
    void moreThan180DaysOverdueAddsTwoPointsAboveTheBand() {
        quote(NL_HOST, "NL", "3000.00", "EUR", TODAY.minusDays(181), null)
                .path("quote.band").entity(String.class).isEqualTo("ABOVE_2500")
                .path("quote.baseRatePercent").entity(String.class).isEqualTo("9")
                .path("quote.surchargePoints").entity(String.class).isEqualTo("2")
                .path("quote.commissionRatePercent").entity(String.class).isEqualTo("11");
    }

    @Test
    void anEuDebtorGetsTheEuRateAndTheLongerAmicablePhase() {
        quote(NL_HOST, "DE", "1000.00", "EUR", TODAY.minusDays(200), null)
                .path("quote.region").entity(String.class).isEqualTo("EU")
                .path("quote.commissionRatePercent").entity(String.class).isEqualTo("17")
                .path("quote.domesticFlatFeePercent").valueIsNull()
                .path("quote.expectedAmicableDays").entity(Integer.class).isEqualTo(120);
    }

    @Test
    void thedoorPolicyWarnsBelow250AndForInvoicesOlderThan36Months() {
        quote(NL_HOST, "NL", "249.99", "EUR", TODAY.minusMonths(36).minusDays(1), null)
                .path("quote.warnings[*].code").entityList(String.class)
                .containsExactly("PRINCIPAL_BELOW_MINIMUM", "INVOICE_TOO_OLD")
                .path("quote.refused").entity(Boolean.class).isEqualTo(false);
        quote(NL_HOST, "NL", "250.00", "EUR", TODAY.minusMonths(36), null)
                .path("quote.warnings").entityList(Object.class).hasSize(0);
    }

    @Test
    void anotherHostGetsItsOwnAgencysSchedule() {
        quote(UK_HOST, "GB", "1000.00", "GBP", TODAY.minusDays(10), null)
                .path("quote.agency").entity(String.class).isEqualTo("Incasso Collections Ltd")
                .path("quote.region").entity(String.class).isEqualTo("DOMESTIC")
                .path("quote.registrationFee").entity(Map.class).isEqualTo(Map.of("amount", "50.00", "currency", "GBP"));
        quote(UK_HOST, "NL", "1000.00", "GBP", TODAY.minusDays(10), null)
                .path("quote.region").entity(String.class).isEqualTo("EU");
    }

    @Test
    void aHostNoAgencyClaimsGetsTheDefaultAgency() {
        quote("quotes.example.org", "NL", "1000.00", "EUR", TODAY.minusDays(10), null)
                .path("quote.agency").entity(String.class).isEqualTo("Incasso Nederland B.V.");
    }

    @Test
    void aLoggedInUserGetsItsOwnAgencysQuoteWhateverTheHost() {
        Api.as(UK_CREDITOR_USER).documentName("quote").variable("input", input("GB", "100.00", "GBP",
                        TODAY.minusDays(1), null)).execute()
                .path("quote.agency").entity(String.class).isEqualTo("Incasso Collections Ltd");
    }

    @Test
    void badInputIsRefusedWithTypedFieldErrors() {
        assertViolation(quote(NL_HOST, "NL", "0", "EUR", TODAY.minusDays(1), null), "principal.amount", "NOT_POSITIVE");
        assertViolation(quote(NL_HOST, "NL", "-10.00", "EUR", TODAY.minusDays(1), null), "principal.amount",
                "NOT_POSITIVE");
        assertViolation(quote(NL_HOST, "NL", "100.001", "EUR", TODAY.minusDays(1), null), "principal.amount",
                "TOO_MANY_DECIMALS");
        assertViolation(quote(NL_HOST, "NL", "100.00", "XYZ", TODAY.minusDays(1), null), "principal.currency",
                "UNKNOWN_CURRENCY");
        assertViolation(quote(NL_HOST, "NL", "100.00", "GBP", TODAY.minusDays(1), null), "principal.currency",
                "CURRENCY_MISMATCH");
        assertViolation(quote(NL_HOST, "NL", "100.00", "EUR", TODAY.plusDays(1), null), "oldestDueDate",
                "INVALID_DATE");
        assertViolation(quote(NL_HOST, "QQ", "100.00", "EUR", TODAY.minusDays(1), null), "debtorCountry",
                "UNKNOWN_COUNTRY");
        assertViolation(quote(NL_HOST, "NL", "100.00", "EUR", TODAY.minusDays(9), TODAY.minusDays(1)),
                "submissionDate", "INVALID_DATE");
    }

    @Test
    void oneClientAddressIsRateLimitedAfterTheConfiguredNumberOfQuotes() {
        var client = Api.anonymous(NL_HOST, "203.0.113.77");
        for (int i = 0; i < TestStack.QUOTE_REQUESTS_PER_MINUTE; i++) {
            execute(client, input("NL", "1000.00", "EUR", TODAY.minusDays(1), null))
                    .path("quote.commissionRatePercent").entity(String.class).isEqualTo("12");
        }
        execute(client, input("NL", "1000.00", "EUR", TODAY.minusDays(1), null)).errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType().toString()).isEqualTo("RATE_LIMITED");
                    assertThat(error.getExtensions()).containsEntry("code", "RATE_LIMITED");
                }));
        // another address is not affected
        execute(Api.anonymous(NL_HOST, "203.0.113.78"), input("NL", "1000.00", "EUR", TODAY.minusDays(1), null))
                .path("quote.commissionRatePercent").entity(String.class).isEqualTo("12");
        // logged-in users are not rate-limited by address
        Api.as(NL_ADMIN).documentName("quote").variable("input", input("NL", "1.00", "EUR", TODAY, null)).execute()
                .path("quote.agency").entity(String.class).isEqualTo("Incasso Nederland B.V.");
    }

    static GraphQlTester.Response quote(String host, String country, String amount, String currency,
            LocalDate oldestDueDate, LocalDate submissionDate) {
        return execute(Api.anonymous(host), input(country, amount, currency, oldestDueDate, submissionDate));
    }

    static Map<String, Object> input(String country, String amount, String currency, LocalDate oldestDueDate,
            LocalDate submissionDate) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("debtorCountry", country,
                "principal", Map.of("amount", amount, "currency", currency), "oldestDueDate", oldestDueDate.toString()));
        if (submissionDate != null) {
            input.put("submissionDate", submissionDate.toString());
        }
        return input;
    }

    private static GraphQlTester.Response execute(GraphQlTester client, Map<String, Object> input) {
        return client.documentName("quote").variable("input", input).execute();
    }

    @SuppressWarnings("unchecked")
    static void assertViolation(GraphQlTester.Response response, String field, String code) {
        response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            List<Map<String, Object>> violations = (List<Map<String, Object>>) error.getExtensions().get("violations");
            assertThat(violations).anySatisfy(v -> assertThat(v).containsEntry("field", field).containsEntry("code", code));
        }));
    }
}
