package org.incasso.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/** Which failures of the mail sender mean "not sent" (retry) and which mean "sent, but" (never again). */
class MailAcceptanceTest {

    @Test
    void aConnectionThatCouldNotBeClosedAfterTheMailWasAcceptedCountsAsSent() {
        assertThat(NotificationWorker.accepted(new MailSendException("Failed to close server connection after message sending",
                new IllegalStateException("socket closed")))).isTrue();
    }

    @Test
    void refusedOrUnsentMailsAreRetried() {
        var message = new jakarta.mail.internet.MimeMessage((jakarta.mail.Session) null);
        assertThat(NotificationWorker.accepted(new MailSendException("Mail server connection failed",
                new IllegalStateException("refused"), Map.of(message, new IllegalStateException("refused"))))).isFalse();
        assertThat(NotificationWorker.accepted(new MailAuthenticationException("bad credentials"))).isFalse();
    }
}
