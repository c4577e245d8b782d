package org.incasso.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * A real SMTP server (GreenMail) on a fixed port for the whole test JVM: the application and
 * Keycloak send to it. Tests can stop and restart it to simulate an outage.
 */
public final class MailServer {

    private final int port;
    private GreenMail greenMail;

    MailServer(int port) {
        this.port = port;
        start();
    }

    public int port() {
        return port;
    }

    public synchronized void start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    /** Takes the server down: connections are refused until {@link #start()}. */
    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** Messages received since the server was last started. */
    public synchronized List<MimeMessage> received() {
        return greenMail == null ? List.of() : List.of(greenMail.getReceivedMessages());
    }

    /** Waits until at least {@code count} received messages match, and returns those that do. */
    public List<MimeMessage> await(Predicate<MimeMessage> matching, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<MimeMessage> found = List.of();
        while (Instant.now().isBefore(deadline)) {
            found = received().stream().filter(matching).toList();
            if (found.size() >= count) {
                return found;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return found;
    }
}
