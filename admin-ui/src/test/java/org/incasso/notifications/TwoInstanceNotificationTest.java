package org.incasso.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.testing.ClaimRequests.*;
import static org.incasso.testing.DemoData.*;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.incasso.testing.Api;
import org.incasso.testing.ApplicationTest;
import org.incasso.testing.MailServer;
import org.incasso.testing.Mails;
import org.incasso.testing.SecondInstance;
import org.incasso.testing.TestDatabase;
import org.incasso.testing.TestStack;
import org.junit.jupiter.api.Test;

/**
 * Two application instances on one database (this test's and a second JVM) share the
 * notification work: what queues up while the SMTP server is down goes out when it returns,
 * every mail exactly once, whichever instance sends it.
 */
@ApplicationTest
class TwoInstanceNotificationTest {

    private static final int CLAIMS = 8;
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** The second instance greets the SMTP server with this name; GreenMail records it in "Received". */
    private static final String SECOND_HELO = "second-instance";

    private final MailServer mail = TestStack.get().mail();

    @Test
    void aBacklogQueuedDuringAnOutageGoesOutExactlyOnceFromTwoInstances() throws Exception {
        // both instances poll every 300 ms (TestStack); each sends what the other has not locked
        try (SecondInstance second = SecondInstance.start(Map.of(
                "spring.mail.properties.mail.smtp.localhost", SECOND_HELO))) {
            List<String> claims = queuedWhileTheMailServerIsDown();
            awaitDatabase(claims, "every notification sent",
                    queued -> queued.stream().allMatch(n -> n.status().equals("SENT")));
            List<Mail> expected = notifications(claims).stream().map(Queued::mail).toList();
            assertThat(expected).filteredOn(m -> m.recipient().equals(NL_CREDITOR_USER)).hasSize(2 * CLAIMS);

            // a second copy of any mail would be on its way now; give it the time of a few polls to arrive
            List<MimeMessage> received = mail.await(about(claims), expected.size() + 1, Duration.ofSeconds(2));
            assertThat(received.stream().map(TwoInstanceNotificationTest::mail).toList())
                    .containsExactlyInAnyOrderElementsOf(expected);
            long fromSecond = received.stream().filter(m -> received(m).contains("HELO " + SECOND_HELO)).count();
            assertThat(fromSecond).as("mails sent by the second instance, of %d", received.size())
                    .isStrictlyBetween(0L, (long) received.size());
        }
    }

    /** Creditor-visible events while the SMTP server is down: every mail is tried and refused. */
    private List<String> queuedWhileTheMailServerIsDown() throws Exception {
        mail.stop();
        try {
            List<String> claims = claimsWithACreditorVisibleAction();
            awaitDatabase(claims, "every notification tried while the server is down",
                    queued -> !queued.isEmpty() && queued.stream().allMatch(n -> n.attempts() > 0));
            assertThat(notifications(claims)).allMatch(n -> n.status().equals("PENDING"));
            return claims;
        } finally {
            mail.start(); // other tests share the server
        }
    }

    /** Claims of the demo creditor, each submitted and then given a creditor-visible action: two events each. */
    private static List<String> claimsWithACreditorVisibleAction() {
        List<String> claims = new ArrayList<>();
        for (int i = 1; i <= CLAIMS; i++) {
            String claim = submit(NL_ADMIN, simpleSubmission("Twee Instanties " + i + " B.V.", "NL"));
            Api.as(NL_SPECIALIST).documentName("recordAction").variable("input", Map.of("claimId", claim,
                    "type", "LETTER", "visibility", "CREDITOR", "notes", "Herinnering " + i)).execute()
                    .path("recordAction.errors").entityList(Object.class).hasSize(0);
            claims.add(claim);
        }
        return claims;
    }

    record Mail(String recipient, String subject, String body) {
    }

    record Queued(Mail mail, String status, int attempts) {
    }

    /** Waits until the outbox of these claims is worked off and their notifications satisfy {@code done}. */
    private static void awaitDatabase(List<String> claims, String what, Predicate<List<Queued>> done) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        while (pendingOutboxEntries(claims) > 0 || !done.test(notifications(claims))) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private static List<Queued> notifications(List<String> claims) throws SQLException {
        try (Connection db = asNlTenant(); PreparedStatement query = db.prepareStatement(
                "select recipient_email, subject, body, status, attempts from notification where claim_id = any(?)")) {
            query.setArray(1, ids(db, claims));
            List<Queued> queued = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    queued.add(new Queued(new Mail(rows.getString(1), rows.getString(2), normalized(rows.getString(3))),
                            rows.getString(4), rows.getInt(5)));
                }
            }
            return queued;
        }
    }

    private static int pendingOutboxEntries(List<String> claims) throws SQLException {
        try (Connection db = asNlTenant(); PreparedStatement query = db.prepareStatement(
                "select count(*) from notification_outbox where claim_id = any(?) and processed_at is null")) {
            query.setArray(1, ids(db, claims));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static java.sql.Array ids(Connection db, List<String> claims) throws SQLException {
        return db.createArrayOf("uuid", claims.stream().map(UUID::fromString).toArray());
    }

    /** The application role, in the NL tenant (row-level security shows nothing else). */
    private static Connection asNlTenant() throws SQLException {
        Connection db = TestDatabase.connectAsApp();
        try (var tenant = db.prepareStatement("select set_config('incasso.tenant_id', ?, false)")) {
            tenant.setString(1, NL_TENANT);
            tenant.execute();
        }
        return db;
    }

    /** Mails about these claims: their bodies link to the claim. */
    private static Predicate<MimeMessage> about(List<String> claims) {
        return message -> claims.stream().anyMatch(Mails.body(message)::contains);
    }

    private static Mail mail(MimeMessage message) {
        try {
            return new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
                    Mails.body(message).strip());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String received(MimeMessage message) {
        try {
            String[] headers = message.getHeader("Received");
            return headers == null ? "" : Arrays.toString(headers);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalized(String body) {
        return body.replace("\r\n", "\n").strip();
    }
}
