package org.incasso.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.testing.ClaimRequests.*;
import static org.incasso.testing.DemoData.*;
import static org.incasso.testing.Mails.*;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.incasso.keycloak.Tokens;
import org.incasso.testing.Api;
import org.incasso.testing.ApplicationTest;
import org.incasso.testing.MailServer;
import org.incasso.testing.TestStack;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * E-mail on every creditor-visible update, through a real SMTP server (GreenMail): the outbox,
 * the recipients from Keycloak, the language, retries while the server is down, and no mail
 * sent twice.
 */
@ApplicationTest
class NotificationMailTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    NotificationWorker worker;

    private final MailServer mail = TestStack.get().mail();

    @Test
    void theCreditorIsMailedInDutchAboutCreditorVisibleUpdatesOnly() throws Exception {
        String claim = submit(NL_ADMIN, simpleSubmission("Mail Debiteur B.V.", "NL"));
        String reference = reference(claim);
        change(NL_SPECIALIST, "assignSpecialist", Map.of("claimId", claim, "specialistId", "internal-only"))
                .path("assignSpecialist.errors").entityList(Object.class).hasSize(0);
        recordAction(claim, "INTERNAL", "Intern: debiteur is lastig");
        recordAction(claim, "CREDITOR", "Sommatie verstuurd");

        List<MimeMessage> mails = mail.await(about(reference, NL_CREDITOR_USER), 2, WAIT);
        assertThat(mails).hasSize(2);
        String bodies = mails.get(0).getContent() + "\n" + mails.get(1).getContent();
        assertThat(mails.getFirst().getSubject()).contains(reference, "Update over uw vordering op Mail Debiteur B.V.");
        assertThat(bodies).contains("wij hebben uw vordering ontvangen", "wij hebben een nieuwe incassostap gezet",
                TestStack.get().appUrl() + "/my-claims/" + claim).doesNotContain("lastig");
        Thread.sleep(2000);
        assertThat(mail.received().stream().filter(about(reference, NL_CREDITOR_USER))).hasSize(2);
    }

    @Test
    void mailsWaitWhileTheServerIsDownAndGoOutOnceWhenItReturns() throws Exception {
        mail.stop();
        String claim;
        String reference;
        try {
            claim = submit(NL_ADMIN, simpleSubmission("Storing B.V.", "NL"));
            reference = reference(claim);
            recordAction(claim, "CREDITOR", "Eerste herinnering");
            recordAction(claim, "CREDITOR", "Tweede herinnering");
            Thread.sleep(3000); // the worker tries and fails meanwhile
        } finally {
            mail.start();
        }
        List<MimeMessage> mails = mail.await(about(reference, NL_CREDITOR_USER), 3, Duration.ofSeconds(60));
        assertThat(mails).hasSize(3);
        Thread.sleep(3000);
        assertThat(mail.received().stream().filter(about(reference, NL_CREDITOR_USER))).hasSize(3);
    }

    @Test
    void theAssignedSpecialistIsMailedAboutANewCreditorMessage() throws Exception {
        String specialist = (String) Tokens.claims(TestStack.get().token(NL_SPECIALIST)).get("sub");
        Map<String, Object> input = simpleSubmission("Bericht B.V.", "NL");
        input.remove("creditorId");
        String claim = submit(NL_CREDITOR_USER, input);
        change(NL_ADMIN, "assignSpecialist", Map.of("claimId", claim, "specialistId", specialist))
                .path("assignSpecialist.errors").entityList(Object.class).hasSize(0);
        Api.as(NL_CREDITOR_USER).documentName("sendMessage")
                .variable("input", Map.of("claimId", claim, "text", "Is er al nieuws?")).execute()
                .path("sendMessage.errors").entityList(Object.class).hasSize(0);
        List<MimeMessage> mails = mail.await(about(reference(claim), NL_SPECIALIST), 1, WAIT);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).contains("Nieuw bericht");
        assertThat(mails.getFirst().getContent().toString()).contains("/claims/" + claim);
    }

    @Test
    void aUserWhoChoseTheDailyDigestGetsOneMailWithTheDaysUpdates() throws Exception {
        Api.as(UK_CREDITOR_USER).documentName("setNotificationPreference")
                .variable("input", Map.of("delivery", "DAILY_DIGEST")).execute()
                .path("setNotificationPreference.delivery").entity(String.class).isEqualTo("DAILY_DIGEST");
        try {
            Map<String, Object> input = simpleSubmission("Digest Ltd", "GB");
            input.put("creditorId", UK_CREDITOR);
            input.put("invoices", List.of(invoice("DG-" + System.nanoTime(), "80.00", "GBP",
                    java.time.LocalDate.now().minusDays(20))));
            String claim = submit(UK_ADMIN, input);
            String reference = reference(claim, UK_ADMIN);
            Thread.sleep(2000);
            assertThat(mail.received().stream().filter(about(reference, UK_CREDITOR_USER))).isEmpty();
            worker.runDigests();
            List<MimeMessage> digests = mail.await(m -> to(m, UK_CREDITOR_USER) && subject(m).contains("Today's updates")
                    && body(m).contains(reference), 1, WAIT);
            assertThat(digests).hasSize(1);
        } finally {
            Api.as(UK_CREDITOR_USER).documentName("setNotificationPreference")
                    .variable("input", Map.of("delivery", "IMMEDIATE")).execute();
        }
    }

    private static void recordAction(String claim, String visibility, String notes) {
        Api.as(NL_SPECIALIST).documentName("recordAction").variable("input", Map.of("claimId", claim,
                "type", "LETTER", "visibility", visibility, "notes", notes)).execute()
                .path("recordAction.errors").entityList(Object.class).hasSize(0);
    }

    private static String reference(String claim) {
        return reference(claim, NL_ADMIN);
    }

    private static String reference(String claim, String user) {
        return Api.as(user).documentName("claim").variable("id", claim).execute()
                .path("claim.reference").entity(String.class).get();
    }
}
