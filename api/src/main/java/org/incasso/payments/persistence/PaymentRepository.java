package org.incasso.payments.persistence;

import static org.incasso.persistence.db.Tables.CLAIM;
import static org.incasso.persistence.db.Tables.PAYMENT;

import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.incasso.financials.domain.PaymentSource;
import org.incasso.money.Money;
import org.incasso.payments.StoredPayment;
import org.incasso.persistence.db.tables.records.PaymentRecord;
import org.incasso.tenancy.TenantContext;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Payments: inserted once per idempotency key, never changed; read per claim in one statement. */
@Repository
public class PaymentRepository {

    private final DSLContext dsl;

    PaymentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Locks the claim row until the transaction ends, so payments on one claim are validated
     * against the outstanding balance one at a time (two payments cannot both fit the same rest).
     */
    public void lockClaim(UUID claimId) {
        dsl.selectOne().from(CLAIM)
                .where(CLAIM.TENANT_ID.eq(TenantContext.require()), CLAIM.ID.eq(claimId))
                .forUpdate()
                .fetch();
    }

    public Optional<StoredPayment> byIdempotencyKey(String key) {
        return dsl.selectFrom(PAYMENT)
                .where(PAYMENT.TENANT_ID.eq(TenantContext.require()), PAYMENT.IDEMPOTENCY_KEY.eq(key))
                .fetchOptional(PaymentRepository::toPayment);
    }

    /**
     * Inserts unless the idempotency key is taken (also by a concurrent transaction, which this
     * statement waits for); empty when it was: the caller re-reads by key.
     */
    public Optional<StoredPayment> insertIfAbsent(StoredPayment payment) {
        return dsl.insertInto(PAYMENT)
                .set(PAYMENT.TENANT_ID, TenantContext.require())
                .set(PAYMENT.ID, payment.id())
                .set(PAYMENT.CLAIM_ID, payment.claimId())
                .set(PAYMENT.SOURCE, payment.source().name())
                .set(PAYMENT.AMOUNT, payment.amount().amount())
                .set(PAYMENT.CURRENCY, payment.amount().currency().getCurrencyCode())
                .set(PAYMENT.RECEIVED_ON, payment.receivedOn())
                .set(PAYMENT.IDEMPOTENCY_KEY, payment.idempotencyKey())
                .set(PAYMENT.OVERPAYMENT, payment.overpayment().amount())
                .set(PAYMENT.REGISTERED_BY, payment.registeredBy())
                .onConflict(PAYMENT.TENANT_ID, PAYMENT.IDEMPOTENCY_KEY).doNothing()
                .returning()
                .fetchOptional()
                .map(PaymentRepository::toPayment);
    }

    /** The payments of these claims in the order received (one statement for any number of claims). */
    public Map<UUID, List<StoredPayment>> byClaims(Collection<UUID> claimIds) {
        return dsl.selectFrom(PAYMENT)
                .where(PAYMENT.TENANT_ID.eq(TenantContext.require()), PAYMENT.CLAIM_ID.in(claimIds))
                .orderBy(PAYMENT.CLAIM_ID, PAYMENT.RECEIVED_ON, PAYMENT.REGISTERED_AT, PAYMENT.ID)
                .fetch(PaymentRepository::toPayment).stream()
                .collect(Collectors.groupingBy(StoredPayment::claimId, LinkedHashMap::new, Collectors.toList()));
    }

    private static StoredPayment toPayment(PaymentRecord r) {
        Currency currency = Currency.getInstance(r.getCurrency());
        return new StoredPayment(r.getId(), r.getClaimId(), PaymentSource.valueOf(r.getSource()),
                Money.of(r.getAmount(), currency), r.getReceivedOn(), Money.of(r.getOverpayment(), currency),
                r.getIdempotencyKey(), r.getRegisteredBy(), r.getRegisteredAt());
    }
}
