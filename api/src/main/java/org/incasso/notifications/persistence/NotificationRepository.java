package org.incasso.notifications.persistence;

import static org.incasso.persistence.db.Tables.CASE_EVENT;
import static org.incasso.persistence.db.Tables.CLAIM;
import static org.incasso.persistence.db.Tables.DEBTOR;
import static org.incasso.persistence.db.Tables.NOTIFICATION;
import static org.incasso.persistence.db.Tables.NOTIFICATION_OUTBOX;
import static org.incasso.persistence.db.Tables.NOTIFICATION_PREFERENCE;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.incasso.events.Visibility;
import org.incasso.notifications.Delivery;
import org.incasso.notifications.Notification;
import org.incasso.notifications.PendingEvent;
import org.incasso.persistence.db.tables.records.NotificationRecord;
import org.incasso.tenancy.TenantContext;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The outbox, the notifications and the preferences; locks rows so instances never share work. */
@Repository
public class NotificationRepository {

    private final DSLContext dsl;

    NotificationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void enqueue(long eventId, UUID claimId) {
        dsl.insertInto(NOTIFICATION_OUTBOX)
                .set(NOTIFICATION_OUTBOX.TENANT_ID, TenantContext.require())
                .set(NOTIFICATION_OUTBOX.EVENT_ID, eventId)
                .set(NOTIFICATION_OUTBOX.CLAIM_ID, claimId)
                .execute();
    }

    /** Unprocessed outbox entries, locked (another instance skips them), oldest first. */
    public List<PendingEvent> lockPendingEvents(int limit) {
        UUID tenant = TenantContext.require();
        return dsl.select(NOTIFICATION_OUTBOX.EVENT_ID, NOTIFICATION_OUTBOX.CLAIM_ID, CLAIM.REFERENCE, CLAIM.CREDITOR_ID,
                        CLAIM.SPECIALIST_ID, CASE_EVENT.TYPE, CASE_EVENT.VISIBILITY, CASE_EVENT.ACTOR, CASE_EVENT.PAYLOAD,
                        DEBTOR.NAME)
                .from(NOTIFICATION_OUTBOX)
                .join(CASE_EVENT).on(CASE_EVENT.TENANT_ID.eq(NOTIFICATION_OUTBOX.TENANT_ID),
                        CASE_EVENT.ID.eq(NOTIFICATION_OUTBOX.EVENT_ID))
                .join(CLAIM).on(CLAIM.TENANT_ID.eq(NOTIFICATION_OUTBOX.TENANT_ID), CLAIM.ID.eq(NOTIFICATION_OUTBOX.CLAIM_ID))
                .join(DEBTOR).on(DEBTOR.TENANT_ID.eq(CLAIM.TENANT_ID), DEBTOR.ID.eq(CLAIM.DEBTOR_ID))
                .where(NOTIFICATION_OUTBOX.TENANT_ID.eq(tenant), NOTIFICATION_OUTBOX.PROCESSED_AT.isNull(),
                        NOTIFICATION_OUTBOX.NEXT_ATTEMPT_AT.le(OffsetDateTime.now()))
                .orderBy(NOTIFICATION_OUTBOX.EVENT_ID)
                .limit(limit)
                .forUpdate().of(NOTIFICATION_OUTBOX).skipLocked()
                .fetch(r -> new PendingEvent(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        Visibility.valueOf(r.value7()), r.value8(), r.value9().data(), r.value10()));
    }

    public void markProcessed(long eventId) {
        dsl.update(NOTIFICATION_OUTBOX).set(NOTIFICATION_OUTBOX.PROCESSED_AT, OffsetDateTime.now())
                .where(NOTIFICATION_OUTBOX.TENANT_ID.eq(TenantContext.require()), NOTIFICATION_OUTBOX.EVENT_ID.eq(eventId))
                .execute();
    }

    /** The recipients of an entry could not be resolved: try it again after {@code wait}. */
    public void postpone(long eventId, Duration wait, String error) {
        dsl.update(NOTIFICATION_OUTBOX)
                .set(NOTIFICATION_OUTBOX.ATTEMPTS, NOTIFICATION_OUTBOX.ATTEMPTS.plus(1))
                .set(NOTIFICATION_OUTBOX.NEXT_ATTEMPT_AT, OffsetDateTime.now().plus(wait))
                .set(NOTIFICATION_OUTBOX.LAST_ERROR, error.length() > 500 ? error.substring(0, 500) : error)
                .where(NOTIFICATION_OUTBOX.TENANT_ID.eq(TenantContext.require()), NOTIFICATION_OUTBOX.EVENT_ID.eq(eventId))
                .execute();
    }

    /** Queues a notification; a second one for the same event and recipient is ignored. */
    public void queue(long eventId, UUID claimId, String recipientId, String email, String locale, String subject,
            String body, Delivery delivery) {
        dsl.insertInto(NOTIFICATION)
                .set(NOTIFICATION.TENANT_ID, TenantContext.require())
                .set(NOTIFICATION.ID, UUID.randomUUID())
                .set(NOTIFICATION.EVENT_ID, eventId)
                .set(NOTIFICATION.CLAIM_ID, claimId)
                .set(NOTIFICATION.RECIPIENT_ID, recipientId)
                .set(NOTIFICATION.RECIPIENT_EMAIL, email)
                .set(NOTIFICATION.LOCALE, locale)
                .set(NOTIFICATION.SUBJECT, subject)
                .set(NOTIFICATION.BODY, body)
                .set(NOTIFICATION.DELIVERY, delivery.name())
                .onConflictDoNothing()
                .execute();
    }

    /** The next due notification of this kind, locked; empty when there is none. */
    public Optional<Notification> lockNextDue(Delivery delivery) {
        return dsl.selectFrom(NOTIFICATION)
                .where(NOTIFICATION.TENANT_ID.eq(TenantContext.require()), NOTIFICATION.STATUS.eq("PENDING"),
                        NOTIFICATION.DELIVERY.eq(delivery.name()), NOTIFICATION.NEXT_ATTEMPT_AT.le(OffsetDateTime.now()))
                .orderBy(NOTIFICATION.NEXT_ATTEMPT_AT)
                .limit(1)
                .forUpdate().skipLocked()
                .fetchOptional(NotificationRepository::toNotification);
    }

    /** All due digest notifications, locked, for one digest run. */
    public List<Notification> lockDueDigests() {
        return dsl.selectFrom(NOTIFICATION)
                .where(NOTIFICATION.TENANT_ID.eq(TenantContext.require()), NOTIFICATION.STATUS.eq("PENDING"),
                        NOTIFICATION.DELIVERY.eq(Delivery.DAILY_DIGEST.name()))
                .orderBy(NOTIFICATION.RECIPIENT_ID, NOTIFICATION.CREATED_AT)
                .forUpdate().skipLocked()
                .fetch(NotificationRepository::toNotification);
    }

    public void markSent(Collection<UUID> ids) {
        dsl.update(NOTIFICATION).set(NOTIFICATION.STATUS, "SENT").set(NOTIFICATION.SENT_AT, OffsetDateTime.now())
                .where(NOTIFICATION.TENANT_ID.eq(TenantContext.require()), NOTIFICATION.ID.in(ids)).execute();
    }

    public void markFailedAttempt(UUID id, int attempts, Duration wait, String error, boolean giveUp) {
        dsl.update(NOTIFICATION)
                .set(NOTIFICATION.ATTEMPTS, attempts)
                .set(NOTIFICATION.NEXT_ATTEMPT_AT, OffsetDateTime.now().plus(wait))
                .set(NOTIFICATION.LAST_ERROR, error.length() > 500 ? error.substring(0, 500) : error)
                .set(NOTIFICATION.STATUS, giveUp ? "FAILED" : "PENDING")
                .where(NOTIFICATION.TENANT_ID.eq(TenantContext.require()), NOTIFICATION.ID.eq(id))
                .execute();
    }

    public Map<String, Delivery> deliveries(Collection<String> userIds) {
        return dsl.select(NOTIFICATION_PREFERENCE.USER_ID, NOTIFICATION_PREFERENCE.DELIVERY).from(NOTIFICATION_PREFERENCE)
                .where(NOTIFICATION_PREFERENCE.TENANT_ID.eq(TenantContext.require()),
                        NOTIFICATION_PREFERENCE.USER_ID.in(userIds))
                .fetchMap(r -> r.value1(), r -> Delivery.valueOf(r.value2()));
    }

    public void setDelivery(String userId, Delivery delivery) {
        dsl.insertInto(NOTIFICATION_PREFERENCE)
                .set(NOTIFICATION_PREFERENCE.TENANT_ID, TenantContext.require())
                .set(NOTIFICATION_PREFERENCE.USER_ID, userId)
                .set(NOTIFICATION_PREFERENCE.DELIVERY, delivery.name())
                .onConflict(NOTIFICATION_PREFERENCE.TENANT_ID, NOTIFICATION_PREFERENCE.USER_ID)
                .doUpdate().set(NOTIFICATION_PREFERENCE.DELIVERY, delivery.name())
                .set(NOTIFICATION_PREFERENCE.UPDATED_AT, OffsetDateTime.now())
                .execute();
    }

    private static Notification toNotification(NotificationRecord r) {
        return new Notification(r.getId(), r.getEventId(), r.getClaimId(), r.getRecipientId(), r.getRecipientEmail(),
                r.getLocale(), r.getSubject(), r.getBody(), Delivery.valueOf(r.getDelivery()), r.getAttempts());
    }
}
