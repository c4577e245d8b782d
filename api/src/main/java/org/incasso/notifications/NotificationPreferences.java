package org.incasso.notifications;

import java.util.List;
import org.incasso.identity.CurrentUser;
import org.incasso.identity.CurrentUsers;
import org.incasso.notifications.persistence.NotificationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each user chooses: an e-mail per update, or one daily digest. */
@Service
public class NotificationPreferences {

    private final NotificationRepository repository;
    private final CurrentUsers currentUsers;

    NotificationPreferences(NotificationRepository repository, CurrentUsers currentUsers) {
        this.repository = repository;
        this.currentUsers = currentUsers;
    }

    @Transactional(readOnly = true)
    public Delivery mine() {
        CurrentUser user = currentUsers.require();
        return repository.deliveries(List.of(user.subject())).getOrDefault(user.subject(), Delivery.IMMEDIATE);
    }

    @Transactional
    public Delivery choose(Delivery delivery) {
        repository.setDelivery(currentUsers.require().subject(), delivery);
        return delivery;
    }
}
