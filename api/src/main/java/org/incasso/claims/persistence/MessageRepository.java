package org.incasso.claims.persistence;

import static org.incasso.persistence.db.Tables.CLAIM;
import static org.incasso.persistence.db.Tables.CLAIM_MESSAGE;
import static org.incasso.persistence.db.Tables.CLAIM_MESSAGE_READ;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.incasso.claims.ClaimMessage;
import org.incasso.claims.MessageSide;
import org.incasso.claims.ReadReceipt;
import org.incasso.tenancy.TenantContext;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Claim messages and their read receipts. */
@Repository
public class MessageRepository {

    private final DSLContext dsl;

    MessageRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ClaimMessage insert(UUID claimId, String authorId, String authorName, MessageSide side, String text) {
        var r = dsl.insertInto(CLAIM_MESSAGE)
                .set(CLAIM_MESSAGE.TENANT_ID, TenantContext.require())
                .set(CLAIM_MESSAGE.ID, UUID.randomUUID())
                .set(CLAIM_MESSAGE.CLAIM_ID, claimId)
                .set(CLAIM_MESSAGE.AUTHOR_ID, authorId)
                .set(CLAIM_MESSAGE.AUTHOR_NAME, authorName)
                .set(CLAIM_MESSAGE.AUTHOR_SIDE, side.name())
                .set(CLAIM_MESSAGE.TEXT, text)
                .returning()
                .fetchSingle();
        return new ClaimMessage(r.getId(), r.getClaimId(), r.getAuthorId(), r.getAuthorName(),
                MessageSide.valueOf(r.getAuthorSide()), r.getText(), r.getSentAt(), List.of());
    }

    /**
     * The messages of these claims with their read receipts (MULTISET), oldest first, in one
     * statement; with a {@code creditorId} only claims of that creditor.
     */
    public Map<UUID, List<ClaimMessage>> byClaims(Collection<UUID> claimIds, @Nullable UUID creditorId) {
        UUID tenant = TenantContext.require();
        Field<List<ReadReceipt>> receipts = multiset(
                select(CLAIM_MESSAGE_READ.USER_ID, CLAIM_MESSAGE_READ.READER_NAME, CLAIM_MESSAGE_READ.READ_AT)
                        .from(CLAIM_MESSAGE_READ)
                        .where(CLAIM_MESSAGE_READ.TENANT_ID.eq(tenant), CLAIM_MESSAGE_READ.MESSAGE_ID.eq(CLAIM_MESSAGE.ID))
                        .orderBy(CLAIM_MESSAGE_READ.READ_AT, CLAIM_MESSAGE_READ.USER_ID))
                .convertFrom(result -> result.map(r -> new ReadReceipt(r.value1(), r.value2(), r.value3())));
        return dsl.select(CLAIM_MESSAGE.ID, CLAIM_MESSAGE.CLAIM_ID, CLAIM_MESSAGE.AUTHOR_ID, CLAIM_MESSAGE.AUTHOR_NAME,
                        CLAIM_MESSAGE.AUTHOR_SIDE, CLAIM_MESSAGE.TEXT, CLAIM_MESSAGE.SENT_AT, receipts)
                .from(CLAIM_MESSAGE)
                .where(CLAIM_MESSAGE.TENANT_ID.eq(tenant), CLAIM_MESSAGE.CLAIM_ID.in(claimIds), ofCreditor(creditorId))
                .orderBy(CLAIM_MESSAGE.SENT_AT, CLAIM_MESSAGE.ID)
                .fetch(r -> new ClaimMessage(r.value1(), r.value2(), r.value3(), r.value4(),
                        MessageSide.valueOf(r.value5()), r.value6(), r.value7(), r.value8()))
                .stream()
                .collect(Collectors.groupingBy(ClaimMessage::claimId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Per claim: messages written by {@code fromSide} that {@code userId} has not read (claims without any are left out). */
    public Map<UUID, Integer> unreadCounts(Collection<UUID> claimIds, String userId, MessageSide fromSide,
            @Nullable UUID creditorId) {
        UUID tenant = TenantContext.require();
        Field<Integer> unread = count();
        return dsl.select(CLAIM_MESSAGE.CLAIM_ID, unread)
                .from(CLAIM_MESSAGE)
                .where(CLAIM_MESSAGE.TENANT_ID.eq(tenant), CLAIM_MESSAGE.CLAIM_ID.in(claimIds),
                        CLAIM_MESSAGE.AUTHOR_SIDE.eq(fromSide.name()), CLAIM_MESSAGE.AUTHOR_ID.ne(userId),
                        notExists(selectOne().from(CLAIM_MESSAGE_READ).where(CLAIM_MESSAGE_READ.TENANT_ID.eq(tenant),
                                CLAIM_MESSAGE_READ.MESSAGE_ID.eq(CLAIM_MESSAGE.ID), CLAIM_MESSAGE_READ.USER_ID.eq(userId))),
                        ofCreditor(creditorId))
                .groupBy(CLAIM_MESSAGE.CLAIM_ID)
                .fetchMap(CLAIM_MESSAGE.CLAIM_ID, unread);
    }

    /** Which of these message ids belong to the claim. */
    public Set<UUID> idsOfClaim(UUID claimId, Collection<UUID> messageIds) {
        return new HashSet<>(dsl.select(CLAIM_MESSAGE.ID).from(CLAIM_MESSAGE)
                .where(CLAIM_MESSAGE.TENANT_ID.eq(TenantContext.require()), CLAIM_MESSAGE.CLAIM_ID.eq(claimId),
                        CLAIM_MESSAGE.ID.in(messageIds))
                .fetch(CLAIM_MESSAGE.ID));
    }

    /**
     * Marks messages of the claim (all, or the given ones) read by the user, except the user's own;
     * a message already read keeps its first receipt. Returns how many were newly marked.
     */
    public int markRead(UUID claimId, @Nullable Collection<UUID> messageIds, String userId, String readerName) {
        UUID tenant = TenantContext.require();
        Condition which = messageIds == null ? noCondition() : CLAIM_MESSAGE.ID.in(messageIds);
        return dsl.insertInto(CLAIM_MESSAGE_READ, CLAIM_MESSAGE_READ.TENANT_ID, CLAIM_MESSAGE_READ.MESSAGE_ID,
                        CLAIM_MESSAGE_READ.USER_ID, CLAIM_MESSAGE_READ.READER_NAME)
                .select(select(CLAIM_MESSAGE.TENANT_ID, CLAIM_MESSAGE.ID, val(userId), val(readerName))
                        .from(CLAIM_MESSAGE)
                        .where(CLAIM_MESSAGE.TENANT_ID.eq(tenant), CLAIM_MESSAGE.CLAIM_ID.eq(claimId),
                                CLAIM_MESSAGE.AUTHOR_ID.ne(userId), which))
                .onConflictDoNothing()
                .execute();
    }

    /** Defence in depth: a creditor's reads are limited to its own claims in SQL as well. */
    private static Condition ofCreditor(@Nullable UUID creditorId) {
        return creditorId == null ? noCondition() : CLAIM_MESSAGE.CLAIM_ID.in(select(CLAIM.ID).from(CLAIM)
                .where(CLAIM.TENANT_ID.eq(CLAIM_MESSAGE.TENANT_ID), CLAIM.CREDITOR_ID.eq(creditorId)));
    }
}
