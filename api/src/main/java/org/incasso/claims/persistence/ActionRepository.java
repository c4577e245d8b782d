package org.incasso.claims.persistence;

import static org.incasso.persistence.db.Tables.CLAIM;
import static org.incasso.persistence.db.Tables.CLAIM_ACTION;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.incasso.claims.ActionChannel;
import org.incasso.claims.ActionDraft;
import org.incasso.claims.ActionOutcome;
import org.incasso.claims.ActionType;
import org.incasso.claims.ActionVisibility;
import org.incasso.claims.ClaimAction;
import org.incasso.events.Audience;
import org.incasso.persistence.db.tables.records.ClaimActionRecord;
import org.incasso.tenancy.TenantContext;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Collection actions of claims: inserted, never changed; read per audience in one statement. */
@Repository
public class ActionRepository {

    private final DSLContext dsl;

    ActionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ClaimAction insert(UUID claimId, ActionDraft draft, ActionVisibility visibility, String performedBy,
            String performedByName, OffsetDateTime performedAt) {
        ClaimActionRecord record = dsl.insertInto(CLAIM_ACTION)
                .set(CLAIM_ACTION.TENANT_ID, TenantContext.require())
                .set(CLAIM_ACTION.ID, UUID.randomUUID())
                .set(CLAIM_ACTION.CLAIM_ID, claimId)
                .set(CLAIM_ACTION.TYPE, java.util.Objects.requireNonNull(draft.type()).name())
                .set(CLAIM_ACTION.CHANNEL, draft.channel() == null ? null : draft.channel().name())
                .set(CLAIM_ACTION.OUTCOME, draft.outcome() == null ? null : draft.outcome().name())
                .set(CLAIM_ACTION.NOTES, draft.cleanNotes())
                .set(CLAIM_ACTION.VISIBILITY, visibility.name())
                .set(CLAIM_ACTION.PERFORMED_BY, performedBy)
                .set(CLAIM_ACTION.PERFORMED_BY_NAME, performedByName)
                .set(CLAIM_ACTION.PERFORMED_AT, performedAt)
                .set(CLAIM_ACTION.NEXT_FOLLOW_UP, draft.nextFollowUp())
                .returning()
                .fetchSingle();
        return toAction(record);
    }

    /**
     * The actions of these claims that the audience may see, oldest first, at most {@code last}
     * (the newest) per claim — one statement for any number of claims.
     */
    public Map<UUID, List<ClaimAction>> byClaims(Collection<UUID> claimIds, Audience audience, @Nullable Integer last) {
        var rank = DSL.rowNumber().over(DSL.partitionBy(CLAIM_ACTION.CLAIM_ID)
                .orderBy(CLAIM_ACTION.PERFORMED_AT.desc(), CLAIM_ACTION.RECORDED_AT.desc(), CLAIM_ACTION.ID.desc()));
        var ranked = dsl.select(CLAIM_ACTION.fields()).select(rank.as("rank"))
                .from(CLAIM_ACTION)
                .join(CLAIM).on(CLAIM.TENANT_ID.eq(CLAIM_ACTION.TENANT_ID), CLAIM.ID.eq(CLAIM_ACTION.CLAIM_ID))
                .where(visibleTo(audience), CLAIM_ACTION.CLAIM_ID.in(claimIds))
                .asTable("ranked");
        Condition within = last == null ? DSL.noCondition() : ranked.field("rank", Integer.class).le(last);
        List<ClaimAction> actions = dsl.selectFrom(ranked).where(within)
                .orderBy(ranked.field(CLAIM_ACTION.PERFORMED_AT), ranked.field(CLAIM_ACTION.RECORDED_AT),
                        ranked.field(CLAIM_ACTION.ID))
                .fetch(r -> toAction(r.into(CLAIM_ACTION)));
        return actions.stream()
                .collect(Collectors.groupingBy(ClaimAction::claimId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Staff all; a creditor the CREDITOR actions of its claims; a partner the PARTNER actions of assigned claims. */
    private static Condition visibleTo(Audience audience) {
        Condition tenant = CLAIM_ACTION.TENANT_ID.eq(TenantContext.require());
        if (audience.staff()) {
            return tenant;
        }
        if (audience.creditorId() != null) {
            return tenant.and(CLAIM.CREDITOR_ID.eq(audience.creditorId()))
                    .and(CLAIM_ACTION.VISIBILITY.eq(ActionVisibility.CREDITOR.name()));
        }
        return tenant.and(CLAIM.PARTNER_ID.eq(audience.partnerId()))
                .and(CLAIM_ACTION.VISIBILITY.eq(ActionVisibility.PARTNER.name()));
    }

    private static ClaimAction toAction(Record record) {
        ClaimActionRecord r = record.into(CLAIM_ACTION);
        return new ClaimAction(r.getId(), r.getClaimId(), ActionType.valueOf(r.getType()),
                r.getChannel() == null ? null : ActionChannel.valueOf(r.getChannel()),
                r.getOutcome() == null ? null : ActionOutcome.valueOf(r.getOutcome()), r.getNotes(),
                ActionVisibility.valueOf(r.getVisibility()), r.getPerformedBy(), r.getPerformedByName(),
                r.getPerformedAt(), r.getNextFollowUp(), r.getRecordedAt());
    }
}
