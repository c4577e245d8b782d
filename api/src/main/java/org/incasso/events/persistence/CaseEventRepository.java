package org.incasso.events.persistence;

import static org.incasso.persistence.db.Tables.CASE_EVENT;
import static org.incasso.persistence.db.Tables.CLAIM;
import static org.incasso.persistence.db.Tables.TENANT_EVENT_COUNTER;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.incasso.events.Audience;
import org.incasso.events.CaseEvent;
import org.incasso.events.Visibility;
import org.incasso.persistence.db.tables.records.CaseEventRecord;
import org.incasso.tenancy.TenantContext;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Case events in PostgreSQL: append-only, ids from a per-tenant counter locked until commit. */
@Repository
public class CaseEventRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext dsl;

    CaseEventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public CaseEvent append(UUID claimId, String type, String actor, Visibility visibility, Map<String, ?> payload) {
        UUID tenant = TenantContext.require();
        long id = nextId(tenant);
        CaseEventRecord record = dsl.insertInto(CASE_EVENT)
                .set(CASE_EVENT.TENANT_ID, tenant)
                .set(CASE_EVENT.ID, id)
                .set(CASE_EVENT.CLAIM_ID, claimId)
                .set(CASE_EVENT.TYPE, type)
                .set(CASE_EVENT.ACTOR, actor)
                .set(CASE_EVENT.VISIBILITY, visibility.name())
                .set(CASE_EVENT.PAYLOAD, JSONB.valueOf(JSON.writeValueAsString(payload)))
                .returning()
                .fetchSingle();
        return toEvent(record);
    }

    /** The row lock taken here serialises event writers of one tenant until they commit. */
    private long nextId(UUID tenant) {
        return dsl.insertInto(TENANT_EVENT_COUNTER)
                .set(TENANT_EVENT_COUNTER.TENANT_ID, tenant)
                .set(TENANT_EVENT_COUNTER.LAST_ID, 1L)
                .onConflict(TENANT_EVENT_COUNTER.TENANT_ID)
                .doUpdate().set(TENANT_EVENT_COUNTER.LAST_ID, TENANT_EVENT_COUNTER.LAST_ID.plus(1))
                .returning(TENANT_EVENT_COUNTER.LAST_ID)
                .fetchSingle(TENANT_EVENT_COUNTER.LAST_ID);
    }

    public Map<UUID, List<CaseEvent>> ofClaims(Collection<UUID> claimIds, Audience audience, @Nullable Integer last) {
        Condition where = visibleTo(audience).and(CASE_EVENT.CLAIM_ID.in(claimIds));
        List<CaseEvent> events;
        if (last == null) {
            events = select(where).orderBy(CASE_EVENT.ID).fetch(this::toEvent);
        } else {
            // the newest `last` per claim in one statement, then oldest first
            var rank = DSL.rowNumber().over(DSL.partitionBy(CASE_EVENT.CLAIM_ID).orderBy(CASE_EVENT.ID.desc()));
            var ranked = dsl.select(CASE_EVENT.fields()).select(rank.as("rank"))
                    .from(CASE_EVENT).join(CLAIM).on(CLAIM.TENANT_ID.eq(CASE_EVENT.TENANT_ID), CLAIM.ID.eq(CASE_EVENT.CLAIM_ID))
                    .where(where).asTable("ranked");
            events = dsl.selectFrom(ranked).where(ranked.field("rank", Integer.class).le(last))
                    .orderBy(ranked.field(CASE_EVENT.ID)).fetch(r -> toEvent(r.into(CASE_EVENT)));
        }
        return events.stream().collect(Collectors.groupingBy(CaseEvent::claimId, LinkedHashMap::new, Collectors.toList()));
    }

    public List<CaseEvent> after(long afterId, Audience audience, @Nullable UUID claimId, int limit) {
        Condition where = visibleTo(audience).and(CASE_EVENT.ID.gt(afterId));
        if (claimId != null) {
            where = where.and(CASE_EVENT.CLAIM_ID.eq(claimId));
        }
        return select(where).orderBy(CASE_EVENT.ID).limit(limit).fetch(this::toEvent);
    }

    public long lastId(Audience audience) {
        Long last = dsl.select(DSL.max(CASE_EVENT.ID)).from(CASE_EVENT)
                .join(CLAIM).on(CLAIM.TENANT_ID.eq(CASE_EVENT.TENANT_ID), CLAIM.ID.eq(CASE_EVENT.CLAIM_ID))
                .where(visibleTo(audience)).fetchOne(0, Long.class);
        return last == null ? 0 : last;
    }

    private org.jooq.SelectConditionStep<Record> select(Condition where) {
        return dsl.select(CASE_EVENT.fields()).from(CASE_EVENT)
                .join(CLAIM).on(CLAIM.TENANT_ID.eq(CASE_EVENT.TENANT_ID), CLAIM.ID.eq(CASE_EVENT.CLAIM_ID))
                .where(where);
    }

    private static Condition visibleTo(Audience audience) {
        Condition condition = CASE_EVENT.TENANT_ID.eq(audience.tenantId());
        if (audience.creditorId() != null) {
            condition = condition.and(CLAIM.CREDITOR_ID.eq(audience.creditorId()));
        }
        if (audience.partnerId() != null) {
            condition = condition.and(CLAIM.PARTNER_ID.eq(audience.partnerId()));
        }
        if (audience.staff()) {
            return condition;
        }
        Visibility own = audience.creditorId() != null ? Visibility.CREDITOR : Visibility.PARTNER;
        return condition.and(CASE_EVENT.VISIBILITY.in(own.name(), Visibility.SHARED.name()));
    }

    private CaseEvent toEvent(Record record) {
        CaseEventRecord r = record.into(CASE_EVENT);
        return new CaseEvent(r.getId(), r.getClaimId(), r.getType(), r.getActor(), r.getOccurredAt(),
                Visibility.valueOf(r.getVisibility()), r.getPayload().data());
    }
}
