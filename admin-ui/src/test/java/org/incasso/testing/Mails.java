package org.incasso.testing;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.function.Predicate;

/** Reading the mails GreenMail received: the parts tests match on, never an exception. */
public final class Mails {

    private Mails() {
    }

    /** Mails to {@code recipient} whose subject names the claim's reference. */
    public static Predicate<MimeMessage> about(String reference, String recipient) {
        return message -> to(message, recipient) && subject(message).contains(reference);
    }

    public static boolean to(MimeMessage message, String recipient) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString().equals(recipient);
        } catch (Exception e) {
            return false;
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (Exception e) {
            return "";
        }
    }

    /** The text of the mail (notifications are plain text), with line ends as {@code \n}. */
    public static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent()).replace("\r\n", "\n");
        } catch (Exception e) {
            return "";
        }
    }
}
