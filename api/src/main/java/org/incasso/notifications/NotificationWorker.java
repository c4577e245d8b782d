package org.incasso.notifications;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.incasso.identity.Recipient;
import org.incasso.identity.UserDirectory;
import org.incasso.notifications.persistence.NotificationRepository;
import org.incasso.tenancy.Tenant;
import org.incasso.tenancy.TenantContext;
import org.incasso.tenancy.Tenants;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns outbox entries into notifications per recipient and sends them. Every step holds row
 * locks taken with {@code skip locked}, so several instances share the work without sending
 * anything twice; a failed send is retried with exponential back-off until the mail server takes
 * it (or the attempts run out, then it is marked FAILED).
 */
@Component
class NotificationWorker {

    private static final Logger log = LoggerFactory.getLogger(NotificationWorker.class);

    private final Tenants tenants;
    private final NotificationRepository repository;
    private final UserDirectory users;
    private final JavaMailSender mail;
    private final TransactionTemplate transactions;
    private final NotificationsProperties properties;
    private final NotificationComposer composer;

    NotificationWorker(Tenants tenants, NotificationRepository repository, UserDirectory users, JavaMailSender mail,
            TransactionTemplate transactions, NotificationsProperties properties) {
        this.tenants = tenants;
        this.repository = repository;
        this.users = users;
        this.mail = mail;
        this.transactions = transactions;
        this.properties = properties;
        this.composer = new NotificationComposer(properties.appUrl());
    }

    @Scheduled(fixedDelayString = "${incasso.notifications.poll-interval:5s}")
    void run() {
        for (Tenant tenant : tenants.all()) {
            TenantContext.runAs(tenant.id(), () -> {
                try {
                    fanOut();
                    sendDue();
                } catch (RuntimeException e) {
                    log.warn("Notifications of tenant {} are delayed: {}", tenant.slug(), e.getMessage());
                }
            });
        }
    }

    @Scheduled(cron = "${incasso.notifications.digest-cron:0 0 7 * * *}")
    void runDigests() {
        tenants.all().forEach(tenant -> TenantContext.runAs(tenant.id(), this::sendDigests));
    }

    /** Outbox → notifications per recipient (in the recipient's language and preferred delivery). */
    void fanOut() {
        transactions.executeWithoutResult(status -> {
            Lookups lookups = new Lookups();
            for (PendingEvent event : repository.lockPendingEvents(50)) {
                List<Recipient> recipients;
                try {
                    recipients = recipientsOf(event, lookups);
                } catch (RuntimeException e) {
                    // the identity provider refused or is unreachable: this entry waits, the rest goes on
                    log.warn("Recipients of event {} not resolved, retried later: {}", event.eventId(), e.getMessage());
                    repository.postpone(event.eventId(), properties.backoff(3), String.valueOf(e.getMessage()));
                    continue;
                }
                queue(event, recipients);
            }
        });
    }

    private void queue(PendingEvent event, List<Recipient> recipients) {
        Map<String, Delivery> preferences = repository.deliveries(recipients.stream().map(Recipient::userId).toList());
        boolean toSpecialist = isCreditorMessage(event);
        for (Recipient recipient : recipients) {
            var text = composer.compose(event, recipient, toSpecialist);
            repository.queue(event.eventId(), event.claimId(), recipient.userId(), recipient.email(),
                    recipient.locale().toLanguageTag(), text.subject(), text.body(),
                    preferences.getOrDefault(recipient.userId(), Delivery.IMMEDIATE));
        }
        repository.markProcessed(event.eventId());
    }

    /**
     * Sends due immediate notifications one by one, each under its own row lock; stops at the first
     * one the mail server refuses (its failed attempt is recorded, the rest waits for the next run).
     */
    void sendDue() {
        boolean more = true;
        while (more) {
            more = Boolean.TRUE.equals(transactions.execute(status -> repository.lockNextDue(Delivery.IMMEDIATE)
                    .map(this::send).orElse(false)));
        }
    }

    void sendDigests() {
        transactions.executeWithoutResult(status -> {
            Map<String, List<Notification>> byRecipient = repository.lockDueDigests().stream()
                    .collect(Collectors.groupingBy(Notification::recipientId, LinkedHashMap::new, Collectors.toList()));
            byRecipient.forEach((recipient, notifications) -> {
                Notification first = notifications.getFirst();
                var digest = composer.digest(Locale.forLanguageTag(first.locale()), first.recipientEmail(), notifications);
                try {
                    mail.send(message(first.recipientEmail(), digest.subject(), digest.body()));
                    repository.markSent(notifications.stream().map(Notification::id).toList());
                } catch (MailException e) {
                    if (accepted(e)) {
                        repository.markSent(notifications.stream().map(Notification::id).toList());
                    } else {
                        log.warn("Digest for {} not sent, retried at the next run: {}", recipient, e.getMessage());
                    }
                }
            });
        });
    }

    private boolean send(Notification notification) {
        try {
            mail.send(message(notification.recipientEmail(), notification.subject(), notification.body()));
            repository.markSent(List.of(notification.id()));
            return true;
        } catch (MailException e) {
            if (accepted(e)) {
                log.warn("Mail accepted, but closing the connection failed: {}", e.getMessage());
                repository.markSent(List.of(notification.id()));
                return true;
            }
            int attempts = notification.attempts() + 1;
            repository.markFailedAttempt(notification.id(), attempts, properties.backoff(attempts),
                    String.valueOf(e.getMessage()), attempts >= properties.maxAttempts());
            log.info("Mail server refused a notification (attempt {}): {}", attempts, e.getMessage());
            return false;
        }
    }

    /**
     * Whether the server took the mail although sending reported a failure: Spring's mail sender
     * reports a connection that could not be closed after every message was accepted as a
     * {@link MailSendException} without failed messages. Sending it again would mail it twice.
     */
    static boolean accepted(MailException e) {
        return e instanceof MailSendException send && send.getFailedMessages().isEmpty();
    }

    /**
     * The identity provider's answers within one fan-out run: a burst of events of one creditor asks
     * Keycloak once. A refused question is not remembered, so each event waits on its own.
     */
    private final class Lookups {

        private final Map<UUID, List<Recipient>> creditorUsers = new HashMap<>();
        private final Map<String, Optional<Recipient>> usersById = new HashMap<>();
        private @Nullable List<Recipient> specialists;

        List<Recipient> creditorUsers(UUID creditorId) {
            return creditorUsers.computeIfAbsent(creditorId,
                    id -> users.creditorUsers(TenantContext.require(), id));
        }

        Optional<Recipient> user(String userId) {
            return usersById.computeIfAbsent(userId, users::user);
        }

        List<Recipient> specialists() {
            if (specialists == null) {
                specialists = users.specialists(TenantContext.require());
            }
            return specialists;
        }
    }

    private List<Recipient> recipientsOf(PendingEvent event, Lookups lookups) {
        List<Recipient> recipients = new ArrayList<>();
        if (isCreditorMessage(event)) {
            Optional<Recipient> specialist = event.specialistId() == null ? Optional.empty()
                    : lookups.user(event.specialistId());
            specialist.ifPresentOrElse(recipients::add, () -> recipients.addAll(lookups.specialists()));
        } else if (event.visibility().forCreditor()) {
            recipients.addAll(lookups.creditorUsers(event.creditorId()));
        }
        recipients.removeIf(recipient -> recipient.userId().equals(event.actor()));
        return recipients;
    }

    private static boolean isCreditorMessage(PendingEvent event) {
        return event.type().equals("MESSAGE_SENT") && event.payload().contains("\"CREDITOR\"");
    }

    private SimpleMailMessage message(String to, String subject, String body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        return message;
    }
}
