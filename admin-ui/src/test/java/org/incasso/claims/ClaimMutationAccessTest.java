package org.incasso.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.testing.ClaimRequests.*;
import static org.incasso.testing.DemoData.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.incasso.testing.Api;
import org.incasso.testing.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Every claim mutation, tried by another tenant's admin (never finds the claim) and by roles
 * that may not perform it (forbidden); the claim is unchanged afterwards.
 */
@ApplicationTest
class ClaimMutationAccessTest {

    static Stream<Arguments> mutations() {
        return Stream.of(
                Arguments.of("startAmicablePhase", Map.of()), Arguments.of("rejectClaim", Map.of()),
                Arguments.of("agreePaymentPlan", Map.of()), Arguments.of("endPaymentPlan", Map.of()),
                Arguments.of("adviseLegalPhase", Map.of()), Arguments.of("proposeLegalPhase", Map.of()),
                Arguments.of("recordCostAdvanceInvoiced", Map.of()), Arguments.of("withdrawClaim", Map.of()),
                Arguments.of("resolveDispute", Map.of()), Arguments.of("flagDispute", Map.of("reason", "x")),
                Arguments.of("closeClaim", Map.of("reason", "PAID")),
                Arguments.of("assignPartner", Map.of("partnerId", "a0000000-0000-4000-8000-000000000201")),
                Arguments.of("assignSpecialist", Map.of("specialistId", "someone")),
                Arguments.of("approveLegalPhase", Map.of("text", "I approve")),
                Arguments.of("refuseLegalPhase", Map.of("text", "I refuse")),
                Arguments.of("addInvoice", Map.of("invoice", invoice("X-1", "1.00", "EUR", LocalDate.now()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void anotherTenantNeverFindsTheClaim(String mutation, Map<String, Object> arguments) {
        String claim = submit(NL_ADMIN, simpleSubmission("Access " + mutation, "NL"));
        GraphQlTester.Response response = change(UK_ADMIN, mutation, input(claim, arguments));
        // creditor decisions are refused by role before the claim is looked up
        if (mutation.startsWith("approve") || mutation.startsWith("refuse")) {
            ClaimsApiTest.assertForbidden(response);
        } else {
            response.path(mutation + ".claim").valueIsNull()
                    .path(mutation + ".errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        }
        assertUnchanged(claim);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void anUnassignedPartnerMayNotChangeTheClaim(String mutation, Map<String, Object> arguments) {
        String claim = submit(NL_ADMIN, simpleSubmission("Partner access " + mutation, "NL"));
        ClaimsApiTest.assertForbidden(change(NL_PARTNER, mutation, input(claim, arguments)));
        assertUnchanged(claim);
    }

    @Test
    void aFirstMessageGoesWithTheSubmissionOrNothingIsStored() {
        Map<String, Object> input = simpleSubmission("First Message B.V.", "NL");
        input.put("message", "Graag snel oppakken, de debiteur reageert niet.");
        String claim = submit(NL_ADMIN, input);
        Api.as(NL_CREDITOR_USER).documentName("claim").variable("id", claim).execute()
                .path("claim.events[*].type").entityList(String.class).contains("CLAIM_SUBMITTED", "MESSAGE_SENT");

        String debtor = "Too Long Message " + java.util.UUID.randomUUID();
        Map<String, Object> tooLong = simpleSubmission(debtor, "NL");
        tooLong.put("message", "x".repeat(10_001));
        Api.as(NL_ADMIN).documentName("submitClaim").variable("input", tooLong).execute()
                .path("submitClaim.errors[0].field").entity(String.class).isEqualTo("message");
        Api.as(NL_ADMIN).documentName("claims").variable("filter", Map.of("text", debtor)).execute()
                .path("claims.totalCount").entity(Integer.class).isEqualTo(0);
    }

    private static Map<String, Object> input(String claim, Map<String, Object> arguments) {
        Map<String, Object> input = new HashMap<>(arguments);
        input.put("claimId", claim);
        return input;
    }

    private static void assertUnchanged(String claim) {
        Api.as(NL_ADMIN).documentName("claim").variable("id", claim).execute()
                .path("claim.phase").entity(String.class).isEqualTo("SUBMITTED")
                .path("claim.version").entity(Integer.class).isEqualTo(0)
                .path("claim.invoices").entityList(Object.class).hasSize(2)
                .path("claim.partnerId").valueIsNull()
                .path("claim.disputed").entity(Boolean.class).isEqualTo(false);
        List<String> events = Api.as(NL_ADMIN).documentName("claim").variable("id", claim).execute()
                .path("claim.events[*].type").entityList(String.class).get();
        assertThat(events).containsExactly("CLAIM_SUBMITTED");
    }
}
