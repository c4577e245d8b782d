package org.incasso.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.testing.ClaimRequests.*;
import static org.incasso.testing.DemoData.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.incasso.testing.Api;
import org.incasso.testing.SecondInstance;
import org.incasso.testing.ApplicationTest;
import org.incasso.testing.TestStack;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/** Live case events over WebSocket: replay after an id, audiences, and delivery across instances. */
@ApplicationTest
class CaseEventSubscriptionTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aClientThatReconnectsWithAfterReceivesExactlyTheMissedEventsInOrder() {
        String claim = submit(NL_ADMIN, simpleSubmission("Replay B.V.", "NL"));
        change(NL_ADMIN, "assignSpecialist", Map.of("claimId", claim, "specialistId", "specialist-1"));
        change(NL_ADMIN, "startAmicablePhase", Map.of("claimId", claim));
        List<Map<String, Object>> first = claimEvents(NL_SPECIALIST, claim, null).take(3).collectList().block(WAIT);
        assertThat(first).extracting(e -> e.get("type"))
                .containsExactly("CLAIM_SUBMITTED", "SPECIALIST_ASSIGNED", "PHASE_CHANGED");
        String lastSeen = (String) first.getLast().get("id");

        // disconnected: three changes happen
        change(NL_ADMIN, "flagDispute", Map.of("claimId", claim, "reason", "Not delivered"));
        change(NL_ADMIN, "resolveDispute", Map.of("claimId", claim));
        change(NL_ADMIN, "agreePaymentPlan", Map.of("claimId", claim));

        List<Map<String, Object>> missed = claimEvents(NL_SPECIALIST, claim, lastSeen)
                .take(3).collectList().block(WAIT);
        assertThat(missed).extracting(e -> e.get("type"))
                .containsExactly("DISPUTE_FLAGGED", "DISPUTE_RESOLVED", "PHASE_CHANGED");
        assertThat(missed).extracting(e -> Long.parseLong((String) e.get("id"))).isSorted()
                .allSatisfy(id -> assertThat(id).isGreaterThan(Long.parseLong(lastSeen)));
    }

    @Test
    void liveEventsArriveAfterTheReplayWithoutGapOrDuplicate() throws Exception {
        String claim = submit(NL_ADMIN, simpleSubmission("Live B.V.", "NL"));
        var received = claimEvents(NL_ADMIN, claim, null).take(4).collectList().toFuture();
        Thread.sleep(500);
        change(NL_ADMIN, "startAmicablePhase", Map.of("claimId", claim));
        change(NL_ADMIN, "agreePaymentPlan", Map.of("claimId", claim));
        change(NL_ADMIN, "endPaymentPlan", Map.of("claimId", claim));
        List<Map<String, Object>> events = received.get(20, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(events).extracting(e -> e.get("type"))
                .containsExactly("CLAIM_SUBMITTED", "PHASE_CHANGED", "PHASE_CHANGED", "PHASE_CHANGED");
        assertThat(events).extracting(e -> e.get("id")).doesNotHaveDuplicates();
    }

    @Test
    void creditorsReceiveOnlyCreditorVisibleEventsOfTheirOwnClaims() throws Exception {
        String watermark = latestEventId();
        var received = caseEvents(NL_CREDITOR_USER, watermark).take(Duration.ofSeconds(12)).collectList().toFuture();
        Thread.sleep(500);
        Map<String, Object> other = simpleSubmission("Not Yours B.V.", "NL");
        other.put("creditorId", NL_OTHER_CREDITOR);
        String otherClaim = submit(NL_ADMIN, other);
        Map<String, Object> own = simpleSubmission("Yours B.V.", "NL");
        String ownClaim = submit(NL_ADMIN, own);
        change(NL_ADMIN, "assignSpecialist", Map.of("claimId", ownClaim, "specialistId", "specialist-2"));
        change(NL_ADMIN, "startAmicablePhase", Map.of("claimId", ownClaim));
        List<Map<String, Object>> events = received.get(20, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(events).extracting(e -> e.get("claimId")).containsOnly(ownClaim).doesNotContain(otherClaim);
        assertThat(events).extracting(e -> e.get("type")).containsExactly("CLAIM_SUBMITTED", "PHASE_CHANGED");
    }

    @Test
    void anotherTenantOrAnUnassignedPartnerCannotSubscribeToAClaim() {
        String claim = submit(NL_ADMIN, simpleSubmission("Private B.V.", "NL"));
        for (String user : List.of(UK_ADMIN, NL_PARTNER)) {
            Api.webSocket(TestStack.get().appUrl(), user).documentName("claimEventsSubscription")
                    .variable("claimId", claim).executeSubscription().toFlux()
                    .as(flux -> flux.then()).onErrorResume(e -> {
                        assertThat(e.getMessage()).contains("No such claim");
                        return reactor.core.publisher.Mono.empty();
                    }).block(WAIT);
        }
        List<Map<String, Object>> ukSees = caseEvents(UK_ADMIN, "0").take(Duration.ofSeconds(2)).collectList().block(WAIT);
        assertThat(ukSees).extracting(e -> e.get("claimId")).doesNotContain(claim);
    }

    @Test
    void anEventWrittenOnOneInstanceReachesASubscriberOnAnother() throws Exception {
        try (SecondInstance second = SecondInstance.start()) {
            String claim = submit(NL_ADMIN, simpleSubmission("Two Instances B.V.", "NL"));
            var received = Api.webSocket(second.url(), NL_SPECIALIST).documentName("claimEventsSubscription")
                    .variable("claimId", claim).executeSubscription().toFlux("claimEvents", Map.class)
                    .take(2).collectList().toFuture();
            Thread.sleep(1000);
            change(NL_ADMIN, "startAmicablePhase", Map.of("claimId", claim)); // written on the first instance
            List<Map> events = received.get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(events).extracting(e -> e.get("type")).containsExactly("CLAIM_SUBMITTED", "PHASE_CHANGED");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Flux<Map<String, Object>> claimEvents(String user, String claimId, String after) {
        var request = Api.webSocket(TestStack.get().appUrl(), user).documentName("claimEventsSubscription")
                .variable("claimId", claimId);
        if (after != null) {
            request = request.variable("after", after);
        }
        return (Flux) request.executeSubscription().toFlux("claimEvents", Map.class);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Flux<Map<String, Object>> caseEvents(String user, String after) {
        return (Flux) Api.webSocket(TestStack.get().appUrl(), user).documentName("caseEventsSubscription")
                .variable("after", after).executeSubscription().toFlux("caseEvents", Map.class);
    }

    private static String latestEventId() {
        String claim = submit(NL_ADMIN, simpleSubmission("Watermark B.V.", "NL"));
        List<String> ids = Api.as(NL_ADMIN).documentName("claim").variable("id", claim).execute()
                .path("claim.events[*].id").entityList(String.class).get();
        return ids.getLast();
    }
}
