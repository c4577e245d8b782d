package org.incasso.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.testing.ClaimRequests.*;
import static org.incasso.testing.DemoData.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.incasso.testing.Api;
import org.incasso.testing.ApplicationTest;
import org.junit.jupiter.api.Test;

/** The lifecycle through the API: guarded transitions, who may do what, conflicts, numbering. */
@ApplicationTest
class ClaimLifecycleApiTest {

    @Test
    void aClaimGoesFromSubmittedToTheLegalPhaseOnlyWithTheCreditorsWrittenApproval() {
        String claim = submit(NL_CREDITOR_USER, withoutCreditor(simpleSubmission("Lifecycle B.V.", "NL")));
        change(NL_SPECIALIST, "startAmicablePhase", Map.of("claimId", claim))
                .path("startAmicablePhase.claim.phase").entity(String.class).isEqualTo("AMICABLE")
                // domestic debtor: 90 days
                .path("startAmicablePhase.claim.amicableDeadline").entity(String.class)
                .isEqualTo(LocalDate.now().plusDays(90).toString());
        change(NL_CREDITOR_USER, "approveLegalPhase", Map.of("claimId", claim, "text", "too early"))
                .path("approveLegalPhase.errors[0].code").entity(String.class).isEqualTo("ILLEGAL_TRANSITION");
        change(NL_SPECIALIST, "adviseLegalPhase", Map.of("claimId", claim))
                .path("adviseLegalPhase.claim.phase").entity(String.class).isEqualTo("LEGAL_ADVICE");
        change(NL_SPECIALIST, "proposeLegalPhase", Map.of("claimId", claim))
                .path("proposeLegalPhase.claim.phase").entity(String.class).isEqualTo("AWAITING_APPROVAL");
        change(NL_CREDITOR_USER, "approveLegalPhase", Map.of("claimId", claim, "text", "I approve"))
                .path("approveLegalPhase.errors[0].code").entity(String.class).isEqualTo("RULE_VIOLATION");
        change(NL_SPECIALIST, "recordCostAdvanceInvoiced", Map.of("claimId", claim))
                .path("recordCostAdvanceInvoiced.claim.costAdvanceInvoiced").entity(Boolean.class).isEqualTo(true);
        change(NL_CREDITOR_USER, "approveLegalPhase", Map.of("claimId", claim, "text", " "))
                .path("approveLegalPhase.errors[0].field").entity(String.class).isEqualTo("text");
        change(NL_CREDITOR_USER, "approveLegalPhase", Map.of("claimId", claim,
                "text", "Ik ga akkoord met de gerechtelijke procedure en het kostenvoorschot."))
                .path("approveLegalPhase.claim.phase").entity(String.class).isEqualTo("LEGAL");
        change(NL_CREDITOR_USER, "withdrawClaim", Map.of("claimId", claim))
                .path("withdrawClaim.errors[0].code").entity(String.class).isEqualTo("ILLEGAL_TRANSITION");
        change(NL_SPECIALIST, "closeClaim", Map.of("claimId", claim, "reason", "PAID"))
                .path("closeClaim.claim.phase").entity(String.class).isEqualTo("CLOSED")
                .path("closeClaim.claim.closeReason").entity(String.class).isEqualTo("PAID");
        List<String> events = Api.as(NL_CREDITOR_USER).documentName("claim").variable("id", claim).execute()
                .path("claim.events[*].type").entityList(String.class).get();
        assertThat(events).containsSubsequence("CLAIM_SUBMITTED", "PHASE_CHANGED", "PHASE_CHANGED");
        Api.as(NL_ADMIN).documentName("claim").variable("id", claim).execute()
                .path("claim.allowedTransitions").entityList(String.class).hasSize(0);
    }

    @Test
    void foreignDebtorsGetTheLongerDeadlineAndRefusalsAreRecorded() {
        String claim = submit(NL_ADMIN, simpleSubmission("Auslands GmbH", "DE"));
        change(NL_ADMIN, "startAmicablePhase", Map.of("claimId", claim))
                .path("startAmicablePhase.claim.amicableDeadline").entity(String.class)
                .isEqualTo(LocalDate.now().plusDays(120).toString());
        change(NL_ADMIN, "agreePaymentPlan", Map.of("claimId", claim))
                .path("agreePaymentPlan.claim.phase").entity(String.class).isEqualTo("PAYMENT_PLAN");
        change(NL_ADMIN, "adviseLegalPhase", Map.of("claimId", claim));
        change(NL_ADMIN, "proposeLegalPhase", Map.of("claimId", claim));
        change(NL_CREDITOR_USER, "refuseLegalPhase", Map.of("claimId", claim, "text", "Nee, liever niet."))
                .path("refuseLegalPhase.claim.phase").entity(String.class).isEqualTo("LEGAL_ADVICE");
        List<String> payloads = Api.as(NL_CREDITOR_USER).documentName("claim").variable("id", claim).execute()
                .path("claim.events[*].payload").entityList(String.class).get();
        assertThat(payloads).anySatisfy(p -> assertThat(p).contains("Nee, liever niet."));
    }

    @Test
    void aDisputeIsFlaggedAndResolvedAndCannotBeFlaggedTwice() {
        String claim = submit(NL_ADMIN, simpleSubmission("Dispute B.V.", "NL"));
        change(NL_SPECIALIST, "flagDispute", Map.of("claimId", claim, "reason", "Goods were damaged"))
                .path("flagDispute.claim.disputed").entity(Boolean.class).isEqualTo(true)
                .path("flagDispute.claim.disputeReason").entity(String.class).isEqualTo("Goods were damaged");
        change(NL_SPECIALIST, "flagDispute", Map.of("claimId", claim, "reason", "again"))
                .path("flagDispute.errors[0].code").entity(String.class).isEqualTo("RULE_VIOLATION");
        change(NL_SPECIALIST, "resolveDispute", Map.of("claimId", claim))
                .path("resolveDispute.claim.disputed").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void aChangeBasedOnAStaleVersionIsAConflictAndChangesNothing() {
        String claim = submit(NL_ADMIN, simpleSubmission("Stale B.V.", "NL"));
        int version = version(claim);
        change(NL_ADMIN, "startAmicablePhase", Map.of("claimId", claim, "expectedVersion", version))
                .path("startAmicablePhase.claim.version").entity(Integer.class).isEqualTo(version + 1);
        change(NL_SPECIALIST, "rejectClaim", Map.of("claimId", claim, "expectedVersion", version))
                .path("rejectClaim.errors[0].code").entity(String.class).isEqualTo("VERSION_CONFLICT");
        Api.as(NL_ADMIN).documentName("claim").variable("id", claim).execute()
                .path("claim.phase").entity(String.class).isEqualTo("AMICABLE");
    }

    @Test
    void invoicesCanBeAddedInTheClaimsCurrencyOnly() {
        String claim = submit(NL_CREDITOR_USER, withoutCreditor(simpleSubmission("Add Invoice B.V.", "NL")));
        Map<String, Object> gbp = invoice("GBP-1", "50.00", "GBP", LocalDate.now().minusDays(3));
        change(NL_CREDITOR_USER, "addInvoice", Map.of("claimId", claim, "invoice", gbp))
                .path("addInvoice.errors[0].code").entity(String.class).isEqualTo("CURRENCY_MISMATCH");
        Map<String, Object> eur = invoice("EUR-ADD-" + claim.substring(0, 6), "50.00", "EUR", LocalDate.now().minusDays(3));
        change(NL_CREDITOR_USER, "addInvoice", Map.of("claimId", claim, "invoice", eur))
                .path("addInvoice.claim.invoices").entityList(Object.class).hasSize(3);
        change(UK_CREDITOR_USER, "addInvoice", Map.of("claimId", claim, "invoice", eur))
                .path("addInvoice.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
    }

    @Test
    void concurrentSubmissionsGetConsecutiveReferencesWithoutGapsOrDuplicates() throws Exception {
        int submissions = 12;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < submissions; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                if (n == 5) {
                    // a refused submission in the middle must not use up a number
                    Api.as(UK_ADMIN).documentName("submitClaim").variable("input",
                            submission("Refused", "GB", List.of(invoice("R", "-1", "GBP", LocalDate.now())))).execute();
                }
                String id = submit(UK_ADMIN, ukSubmission("Concurrent Ltd " + n));
                return Api.as(UK_ADMIN).documentName("claim").variable("id", id).execute()
                        .path("claim.reference").entity(String.class).get();
            }));
        }
        List<Integer> numbers = new ArrayList<>();
        for (Future<String> future : futures) {
            numbers.add(Integer.parseInt(future.get().substring(5)));
        }
        pool.shutdown();
        Collections.sort(numbers);
        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(numbers.getLast() - numbers.getFirst()).isEqualTo(submissions - 1);
    }

    @Test
    void theTenantConfiguresTheLengthOfTheAmicablePhase() throws Exception {
        setUkAbroadDays(60);
        try {
            Map<String, Object> input = ukSubmission("Configured Deadline GmbH");
            input.put("debtor", Map.of("name", "Configured Deadline GmbH", "address", Map.of("country", "DE")));
            String claim = submit(UK_ADMIN, input);
            change(UK_ADMIN, "startAmicablePhase", Map.of("claimId", claim))
                    .path("startAmicablePhase.claim.amicableDeadline").entity(String.class)
                    .isEqualTo(LocalDate.now().plusDays(60).toString());
        } finally {
            setUkAbroadDays(120);
        }
    }

    private static void setUkAbroadDays(int days) throws java.sql.SQLException {
        try (var connection = org.incasso.testing.TestDatabase.connectAsOwner();
                var update = connection.prepareStatement("update tenant set amicable_days_abroad = ? where id = ?::uuid")) {
            update.setInt(1, days);
            update.setString(2, UK_TENANT);
            update.executeUpdate();
        }
    }

    private static Map<String, Object> withoutCreditor(Map<String, Object> input) {
        input.remove("creditorId");
        return input;
    }

    private static Map<String, Object> ukSubmission(String debtor) {
        Map<String, Object> input = simpleSubmission(debtor, "GB");
        input.put("creditorId", UK_CREDITOR);
        input.put("invoices", List.of(invoice(debtor, "99.99", "GBP", LocalDate.now().minusDays(60))));
        return input;
    }
}
