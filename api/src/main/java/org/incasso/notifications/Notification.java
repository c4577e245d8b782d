package org.incasso.notifications;

import java.util.UUID;

/** One e-mail to one recipient about one event, as queued. */
public record Notification(UUID id, long eventId, UUID claimId, String recipientId, String recipientEmail,
        String locale, String subject, String body, Delivery delivery, int attempts) {
}
