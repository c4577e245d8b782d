package org.incasso.notifications;

import org.incasso.events.CaseEventAppended;
import org.incasso.notifications.persistence.NotificationRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes an outbox entry for every event that someone must hear about, in the transaction that
 * appended the event: it exists exactly when the event does.
 */
@Component
class NotificationOutbox {

    private final NotificationRepository repository;

    NotificationOutbox(NotificationRepository repository) {
        this.repository = repository;
    }

    @EventListener
    void on(CaseEventAppended appended) {
        var event = appended.event();
        if (event.visibility().forCreditor() || event.type().equals("MESSAGE_SENT")) {
            repository.enqueue(event.id(), event.claimId());
        }
    }
}
