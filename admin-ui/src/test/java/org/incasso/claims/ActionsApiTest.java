package org.incasso.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.claims.ClaimsApiTest.assertForbidden;
import static org.incasso.testing.ClaimRequests.*;
import static org.incasso.testing.DemoData.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incasso.testing.Api;
import org.incasso.testing.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Collection actions per role and across tenants: recording, visibility, the dispute pause, bad input. */
@ApplicationTest
class ActionsApiTest {

    @Test
    void everyRoleSeesOnlyTheActionsMeantForIt() {
        String claim = creditorsClaimAssignedToThePartner("Visibility B.V.");
        record(NL_SPECIALIST, action(claim, "PHONE_CALL", "INTERNAL")).path("recordAction.action.visibility")
                .entity(String.class).isEqualTo("INTERNAL");
        record(NL_SPECIALIST, action(claim, "DEMAND_LETTER", "CREDITOR"));
        record(NL_ADMIN, action(claim, "LEGAL_STEP", "PARTNER"));
        record(NL_PARTNER, action(claim, "VISIT", null))
                .path("recordAction.action.visibility").entity(String.class).isEqualTo("PARTNER");

        assertThat(actionTypes(NL_SPECIALIST, claim)).containsExactly("PHONE_CALL", "DEMAND_LETTER", "LEGAL_STEP", "VISIT");
        assertThat(actionTypes(NL_CREDITOR_USER, claim)).containsExactly("DEMAND_LETTER");
        assertThat(actionTypes(NL_PARTNER, claim)).containsExactly("LEGAL_STEP", "VISIT");
    }

    @Test
    void everyActionAppendsACaseEventWithTheSameVisibility() {
        String claim = creditorsClaimAssignedToThePartner("Events B.V.");
        record(NL_SPECIALIST, action(claim, "PHONE_CALL", "INTERNAL"));
        record(NL_SPECIALIST, action(claim, "LETTER", "CREDITOR"));
        record(NL_PARTNER, action(claim, "VISIT", null));
        assertThat(actionEventVisibilities(NL_ADMIN, claim)).containsExactly("INTERNAL", "CREDITOR", "PARTNER");
        assertThat(actionEventVisibilities(NL_CREDITOR_USER, claim)).containsExactly("CREDITOR");
        assertThat(actionEventVisibilities(NL_PARTNER, claim)).containsExactly("PARTNER");
    }

    @Test
    void partnersRecordAndReadActionsOnlyOnAssignedClaimsAndOnlyForThemselvesAndStaff() {
        String assigned = creditorsClaimAssignedToThePartner("Assigned B.V.");
        String notAssigned = submit(NL_ADMIN, simpleSubmission("Not Assigned B.V.", "DE"));
        record(NL_SPECIALIST, action(notAssigned, "LETTER", "PARTNER"));

        record(NL_PARTNER, action(notAssigned, "VISIT", null))
                .path("recordAction.errors[0].field").entity(String.class).isEqualTo("claimId")
                .path("recordAction.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        Api.as(NL_PARTNER).documentName("claimActions").variable("id", notAssigned).execute()
                .path("claim").valueIsNull();
        for (String visibility : List.of("INTERNAL", "CREDITOR")) {
            record(NL_PARTNER, action(assigned, "VISIT", visibility))
                    .path("recordAction.action").valueIsNull()
                    .path("recordAction.errors[0].field").entity(String.class).isEqualTo("visibility")
                    .path("recordAction.errors[0].code").entity(String.class).isEqualTo("RULE_VIOLATION");
        }
        assertThat(actionTypes(NL_ADMIN, assigned)).isEmpty();
        GraphQlTester.Response recorded = record(NL_PARTNER, action(assigned, "VISIT", "PARTNER"));
        recorded.path("recordAction.errors").entityList(Object.class).hasSize(0);
        assertThat(recorded.path("recordAction.action.performedBy").entity(String.class).get()).isNotBlank();
    }

    @Test
    void creditorsMayNotRecordActions() {
        String claim = creditorsClaimAssignedToThePartner("Creditor Records B.V.");
        assertForbidden(record(NL_CREDITOR_USER, action(claim, "NOTE", "CREDITOR")));
        assertThat(actionTypes(NL_ADMIN, claim)).isEmpty();
    }

    @Test
    void anotherTenantNeitherRecordsNorReadsActions() {
        String claim = creditorsClaimAssignedToThePartner("Cross Tenant Actions B.V.");
        record(NL_SPECIALIST, action(claim, "LETTER", "CREDITOR"));
        for (String ukUser : List.of(UK_ADMIN, UK_SPECIALIST)) {
            record(ukUser, action(claim, "NOTE", "INTERNAL"))
                    .path("recordAction.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
            Api.as(ukUser).documentName("claimActions").variable("id", claim).execute().path("claim").valueIsNull();
        }
        assertForbidden(record(UK_CREDITOR_USER, action(claim, "NOTE", "CREDITOR")));
        assertThat(actionTypes(NL_ADMIN, claim)).containsExactly("LETTER");
    }

    @Test
    void aDisputePausesFollowUpsUntilItIsResolved() {
        String claim = creditorsClaimAssignedToThePartner("Paused B.V.");
        change(NL_SPECIALIST, "flagDispute", Map.of("claimId", claim, "reason", "Never ordered"));
        Map<String, Object> withFollowUp = action(claim, "PHONE_CALL", "INTERNAL");
        withFollowUp.put("nextFollowUp", LocalDate.now().plusDays(7).toString());
        for (String user : List.of(NL_SPECIALIST, NL_PARTNER)) {
            Map<String, Object> input = new HashMap<>(withFollowUp);
            input.put("visibility", user.equals(NL_PARTNER) ? "PARTNER" : "INTERNAL");
            record(user, input)
                    .path("recordAction.action").valueIsNull()
                    .path("recordAction.errors[0].field").entity(String.class).isEqualTo("nextFollowUp")
                    .path("recordAction.errors[0].code").entity(String.class).isEqualTo("RULE_VIOLATION");
        }
        assertThat(actionTypes(NL_ADMIN, claim)).isEmpty();
        // without a follow-up, work on the dispute is recorded as usual
        record(NL_SPECIALIST, action(claim, "PHONE_CALL", "INTERNAL"))
                .path("recordAction.errors").entityList(Object.class).hasSize(0);

        change(NL_SPECIALIST, "resolveDispute", Map.of("claimId", claim));
        record(NL_SPECIALIST, withFollowUp)
                .path("recordAction.errors").entityList(Object.class).hasSize(0)
                .path("recordAction.action.nextFollowUp").entity(String.class)
                .isEqualTo(LocalDate.now().plusDays(7).toString());
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        String claim = creditorsClaimAssignedToThePartner("Bad Action Input B.V.");
        Map<String, Object> input = action(claim, null, "INTERNAL");
        input.put("notes", "x".repeat(4001));
        input.put("nextFollowUp", LocalDate.now().minusDays(1).toString());
        input.put("performedAt", OffsetDateTime.now().plusDays(1).toString());
        GraphQlTester.Response response = record(NL_SPECIALIST, input);
        response.path("recordAction.action").valueIsNull();
        assertThat(response.path("recordAction.errors[*].field").entityList(String.class).get())
                .containsExactlyInAnyOrder("type", "notes", "nextFollowUp", "performedAt");
        assertThat(response.path("recordAction.errors[*].code").entityList(String.class).get())
                .containsExactlyInAnyOrder("REQUIRED", "TOO_LONG", "INVALID_DATE", "INVALID_DATE");

        record(NL_SPECIALIST, action(claim, "NOTE", "INTERNAL"))
                .path("recordAction.errors[0].field").entity(String.class).isEqualTo("notes")
                .path("recordAction.errors[0].code").entity(String.class).isEqualTo("REQUIRED");

        assertThat(actionTypes(NL_ADMIN, claim)).isEmpty();
        assertThat(actionEventVisibilities(NL_ADMIN, claim)).isEmpty();
    }

    @Test
    void lastKeepsTheNewestActionsInTheOrderTheyWerePerformed() {
        String claim = creditorsClaimAssignedToThePartner("Last B.V.");
        Map<String, Object> earlier = action(claim, "LETTER", "CREDITOR");
        earlier.put("performedAt", OffsetDateTime.now().minusDays(3).toString());
        record(NL_SPECIALIST, action(claim, "EMAIL", "CREDITOR"));
        record(NL_SPECIALIST, earlier);
        record(NL_SPECIALIST, action(claim, "PHONE_CALL", "CREDITOR"));
        assertThat(actionTypes(NL_CREDITOR_USER, claim)).containsExactly("LETTER", "EMAIL", "PHONE_CALL");
        assertThat(Api.as(NL_CREDITOR_USER).documentName("claimActions").variable("id", claim).variable("last", 2)
                .execute().path("claim.actions[*].type").entityList(String.class).get())
                .containsExactly("EMAIL", "PHONE_CALL");
        Api.as(NL_CREDITOR_USER).documentName("claimActions").variable("id", claim).variable("last", 0).execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty());
    }

    @Test
    void actionsOfManyClaimsAreListedPerClaim() {
        String marker = "Listed Actions " + java.util.UUID.randomUUID().toString().substring(0, 8);
        String first = creditorsClaimAssignedToThePartner(marker + " 1");
        String second = creditorsClaimAssignedToThePartner(marker + " 2");
        record(NL_SPECIALIST, action(first, "LETTER", "CREDITOR"));
        record(NL_SPECIALIST, action(second, "EMAIL", "INTERNAL"));
        GraphQlTester.Response staff = Api.as(NL_ADMIN).documentName("claimsWithActionsAndMessages")
                .variable("filter", Map.of("text", marker)).execute();
        Map<String, List<String>> byClaim = actionsByClaim(staff);
        assertThat(byClaim).containsEntry(first, List.of("LETTER")).containsEntry(second, List.of("EMAIL"));
        Map<String, List<String>> creditorView = actionsByClaim(Api.as(NL_CREDITOR_USER)
                .documentName("claimsWithActionsAndMessages").variable("filter", Map.of("text", marker)).execute());
        assertThat(creditorView).containsEntry(first, List.of("LETTER")).containsEntry(second, List.of());
    }

    private static Map<String, List<String>> actionsByClaim(GraphQlTester.Response response) {
        List<Map<String, Object>> nodes = response.path("claims.edges[*].node")
                .entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
                }).get();
        Map<String, List<String>> result = new HashMap<>();
        for (Map<String, Object> node : nodes) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> actions = (List<Map<String, Object>>) node.get("actions");
            result.put((String) node.get("id"), actions.stream().map(a -> (String) a.get("type")).toList());
        }
        return result;
    }

    /** A claim of the demo creditor (so its user reads it), assigned to the demo partner. */
    static String creditorsClaimAssignedToThePartner(String debtorName) {
        String claim = submit(NL_ADMIN, simpleSubmission(debtorName, "DE"));
        change(NL_SPECIALIST, "assignPartner", Map.of("claimId", claim, "partnerId", NL_PARTNER_ID))
                .path("assignPartner.errors").entityList(Object.class).hasSize(0);
        return claim;
    }

    static Map<String, Object> action(String claimId, @org.jspecify.annotations.Nullable String type,
            @org.jspecify.annotations.Nullable String visibility) {
        Map<String, Object> input = new HashMap<>();
        input.put("claimId", claimId);
        if (type != null) {
            input.put("type", type);
        }
        if (visibility != null) {
            input.put("visibility", visibility);
        }
        input.put("channel", "PHONE");
        input.put("outcome", "NO_RESPONSE");
        return input;
    }

    private static GraphQlTester.Response record(String user, Map<String, Object> input) {
        return change(user, "recordAction", input);
    }

    private static List<String> actionTypes(String user, String claimId) {
        return Api.as(user).documentName("claimActions").variable("id", claimId).execute()
                .path("claim.actions[*].type").entityList(String.class).get();
    }

    private static List<String> actionEventVisibilities(String user, String claimId) {
        List<Map<String, Object>> events = Api.as(user).documentName("claimActions").variable("id", claimId).execute()
                .path("claim.events").entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
                }).get();
        return events.stream().filter(e -> "ACTION_RECORDED".equals(e.get("type")))
                .map(e -> (String) e.get("visibility")).toList();
    }
}
