package org.incasso.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.claims.ActionsApiTest.creditorsClaimAssignedToThePartner;
import static org.incasso.claims.ClaimsApiTest.assertForbidden;
import static org.incasso.testing.ClaimRequests.*;
import static org.incasso.testing.DemoData.*;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.incasso.testing.Api;
import org.incasso.testing.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/** The creditor–agency message thread per role and across tenants: sending, reading, unread counts, bad input. */
@ApplicationTest
class MessagesApiTest {

    @Test
    void theCreditorAndTheSpecialistWriteAndReadEachOther() {
        String claim = creditorsClaimAssignedToThePartner("Thread B.V.");
        send(NL_CREDITOR_USER, claim, "  When will the debtor pay?  ")
                .path("sendMessage.errors").entityList(Object.class).hasSize(0)
                .path("sendMessage.message.authorSide").entity(String.class).isEqualTo("CREDITOR")
                .path("sendMessage.message.text").entity(String.class).isEqualTo("When will the debtor pay?")
                .path("sendMessage.message.readByMe").entity(Boolean.class).isEqualTo(true);
        assertThat(unread(NL_CREDITOR_USER, claim)).isZero();
        assertThat(unread(NL_SPECIALIST, claim)).isEqualTo(1);
        assertThat(unread(NL_ADMIN, claim)).isEqualTo(1);

        send(NL_SPECIALIST, claim, "We called today; a promise to pay by Friday.")
                .path("sendMessage.message.authorSide").entity(String.class).isEqualTo("AGENCY");
        assertThat(unread(NL_CREDITOR_USER, claim)).isEqualTo(1);
        // the specialist's own reply does not count as unread for the agency
        assertThat(unread(NL_SPECIALIST, claim)).isEqualTo(1);

        change(NL_SPECIALIST, "markMessagesRead", Map.of("claimId", claim))
                .path("markMessagesRead.marked").entity(Integer.class).isEqualTo(1)
                .path("markMessagesRead.claim.unreadMessages").entity(Integer.class).isEqualTo(0);
        change(NL_SPECIALIST, "markMessagesRead", Map.of("claimId", claim))
                .path("markMessagesRead.marked").entity(Integer.class).isEqualTo(0);
        assertThat(unread(NL_ADMIN, claim)).isEqualTo(1);

        GraphQlTester.Response thread = Api.as(NL_CREDITOR_USER).documentName("claimMessages").variable("id", claim)
                .execute();
        thread.path("claim.messages[*].authorSide").entityList(String.class).containsExactly("CREDITOR", "AGENCY")
                .path("claim.messages[0].readBy[*].name").entityList(String.class).hasSize(1)
                .path("claim.messages[1].readByMe").entity(Boolean.class).isEqualTo(false);
        String reply = thread.path("claim.messages[1].id").entity(String.class).get();
        change(NL_CREDITOR_USER, "markMessagesRead", Map.of("claimId", claim, "messageIds", List.of(reply)))
                .path("markMessagesRead.marked").entity(Integer.class).isEqualTo(1)
                .path("markMessagesRead.claim.unreadMessages").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void sendingAppendsACreditorVisibleEventAndReadingAppendsNone() {
        String claim = creditorsClaimAssignedToThePartner("Message Events B.V.");
        send(NL_SPECIALIST, claim, "Please send the signed contract.");
        change(NL_CREDITOR_USER, "markMessagesRead", Map.of("claimId", claim));
        List<String> creditorSees = messageEvents(NL_CREDITOR_USER, claim);
        assertThat(creditorSees).containsExactly("CREDITOR");
        assertThat(messageEvents(NL_ADMIN, claim)).containsExactly("CREDITOR");
        List<String> partnerEvents = Api.as(NL_PARTNER).documentName("claim").variable("id", claim).execute()
                .path("claim.events[*].type").entityList(String.class).get();
        assertThat(partnerEvents).doesNotContain("MESSAGE_SENT");
    }

    @Test
    void partnersNeitherSeeNorWriteMessagesEvenOnAssignedClaims() {
        String claim = creditorsClaimAssignedToThePartner("Partner Thread B.V.");
        send(NL_CREDITOR_USER, claim, "Confidential: we may settle for 80%.");
        Api.as(NL_PARTNER).documentName("claimMessages").variable("id", claim).execute()
                .path("claim.id").entity(String.class).isEqualTo(claim)
                .path("claim.messages").entityList(Object.class).hasSize(0)
                .path("claim.unreadMessages").entity(Integer.class).isEqualTo(0);
        assertForbidden(send(NL_PARTNER, claim, "Hello"));
        assertForbidden(change(NL_PARTNER, "markMessagesRead", Map.of("claimId", claim)));
        assertThat(texts(NL_ADMIN, claim)).containsExactly("Confidential: we may settle for 80%.");
    }

    @Test
    void anotherCreditorOrTenantNeitherReadsNorWritesTheThread() {
        Map<String, Object> others = simpleSubmission("Other Creditor Thread B.V.", "NL");
        others.put("creditorId", NL_OTHER_CREDITOR);
        String otherCreditorsClaim = submit(NL_ADMIN, others);
        send(NL_SPECIALIST, otherCreditorsClaim, "For the other creditor only.");
        send(NL_CREDITOR_USER, otherCreditorsClaim, "Let me in")
                .path("sendMessage.errors[0].field").entity(String.class).isEqualTo("claimId")
                .path("sendMessage.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        change(NL_CREDITOR_USER, "markMessagesRead", Map.of("claimId", otherCreditorsClaim))
                .path("markMessagesRead.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        Api.as(NL_CREDITOR_USER).documentName("claimMessages").variable("id", otherCreditorsClaim).execute()
                .path("claim").valueIsNull();

        for (String ukUser : List.of(UK_ADMIN, UK_CREDITOR_USER)) {
            send(ukUser, otherCreditorsClaim, "Cross tenant")
                    .path("sendMessage.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
            change(ukUser, "markMessagesRead", Map.of("claimId", otherCreditorsClaim))
                    .path("markMessagesRead.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
            Api.as(ukUser).documentName("claimMessages").variable("id", otherCreditorsClaim).execute()
                    .path("claim").valueIsNull();
        }
        assertThat(texts(NL_ADMIN, otherCreditorsClaim)).containsExactly("For the other creditor only.");
        assertThat(unread(NL_ADMIN, otherCreditorsClaim)).isZero();
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        String claim = creditorsClaimAssignedToThePartner("Bad Message B.V.");
        for (String text : List.of("", "   ")) {
            send(NL_CREDITOR_USER, claim, text)
                    .path("sendMessage.message").valueIsNull()
                    .path("sendMessage.errors[0].field").entity(String.class).isEqualTo("text")
                    .path("sendMessage.errors[0].code").entity(String.class).isEqualTo("REQUIRED");
        }
        change(NL_CREDITOR_USER, "sendMessage", Map.of("claimId", claim))
                .path("sendMessage.errors[0].code").entity(String.class).isEqualTo("REQUIRED");
        send(NL_SPECIALIST, claim, "x".repeat(10_001))
                .path("sendMessage.errors[0].field").entity(String.class).isEqualTo("text")
                .path("sendMessage.errors[0].code").entity(String.class).isEqualTo("TOO_LONG");
        assertThat(texts(NL_ADMIN, claim)).isEmpty();
        assertThat(messageEvents(NL_ADMIN, claim)).isEmpty();

        send(NL_SPECIALIST, claim, "x".repeat(10_000)).path("sendMessage.errors").entityList(Object.class).hasSize(0);
        String elsewhere = creditorsClaimAssignedToThePartner("Elsewhere B.V.");
        String foreign = send(NL_SPECIALIST, elsewhere, "On another claim")
                .path("sendMessage.message.id").entity(String.class).get();
        GraphQlTester.Response refused = change(NL_CREDITOR_USER, "markMessagesRead",
                Map.of("claimId", claim, "messageIds", List.of(foreign, UUID.randomUUID().toString())));
        assertThat(refused.path("markMessagesRead.errors[*].field").entityList(String.class).get())
                .containsExactly("messageIds[0]", "messageIds[1]");
        refused.path("markMessagesRead.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        assertThat(unread(NL_CREDITOR_USER, claim)).isEqualTo(1);
        assertThat(unread(NL_CREDITOR_USER, elsewhere)).isEqualTo(1);
    }

    private static GraphQlTester.Response send(String user, String claimId, String text) {
        return change(user, "sendMessage", Map.of("claimId", claimId, "text", text));
    }

    private static int unread(String user, String claimId) {
        return Api.as(user).documentName("claimMessages").variable("id", claimId).execute()
                .path("claim.unreadMessages").entity(Integer.class).get();
    }

    private static List<String> texts(String user, String claimId) {
        return Api.as(user).documentName("claimMessages").variable("id", claimId).execute()
                .path("claim.messages[*].text").entityList(String.class).get();
    }

    private static List<String> messageEvents(String user, String claimId) {
        List<Map<String, Object>> events = Api.as(user).documentName("claimMessages").variable("id", claimId).execute()
                .path("claim.events").entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
                }).get();
        return events.stream().filter(e -> "MESSAGE_SENT".equals(e.get("type")))
                .map(e -> (String) e.get("visibility")).toList();
    }
}
