package org.incasso.notifications;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.incasso.identity.Recipient;

/** Words notifications in the recipient's language (Dutch or English templates). */
final class NotificationComposer {

    private final String appUrl;

    NotificationComposer(String appUrl) {
        this.appUrl = appUrl;
    }

    record Mail(String subject, String body) {
    }

    Mail compose(PendingEvent event, Recipient recipient, boolean forSpecialist) {
        ResourceBundle texts = texts(recipient.locale());
        String subjectKey = event.type().equals("MESSAGE_SENT") ? "subject.message" : "subject";
        String subject = format(texts, subjectKey, event.claimReference(), event.debtorName());
        String link = appUrl + (forSpecialist ? "/claims/" : "/my-claims/") + event.claimId();
        String body = String.join("\n\n",
                format(texts, "greeting", recipient.name()),
                format(texts, "update", event.claimReference(), event.debtorName(), what(texts, event.type())),
                format(texts, "link", link),
                format(texts, "closing"));
        return new Mail(subject, body);
    }

    /** One e-mail with the day's notifications of one recipient. */
    Mail digest(Locale locale, String name, List<Notification> notifications) {
        ResourceBundle texts = texts(locale);
        StringBuilder body = new StringBuilder(format(texts, "greeting", name)).append("\n\n")
                .append(format(texts, "digest.intro")).append("\n");
        notifications.forEach(n -> body.append("\n- ").append(n.subject()));
        body.append("\n\n").append(format(texts, "closing"));
        return new Mail(format(texts, "subject.digest"), body.toString());
    }

    private static String what(ResourceBundle texts, String type) {
        try {
            return texts.getString("event." + type);
        } catch (MissingResourceException e) {
            return texts.getString("event.OTHER");
        }
    }

    private static String format(ResourceBundle texts, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
    }

    private static ResourceBundle texts(Locale locale) {
        Locale language = "nl".equals(locale.getLanguage()) ? Locale.of("nl") : Locale.ROOT;
        return ResourceBundle.getBundle("notifications/messages", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
