package org.incasso.claims.persistence;

import static org.incasso.persistence.db.Tables.CLAIM;
import static org.incasso.persistence.db.Tables.CLAIM_REFERENCE_COUNTER;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.incasso.claims.Claim;
import org.incasso.claims.ClaimPhase;
import org.incasso.claims.ClaimState;
import org.incasso.claims.CloseReason;
import org.incasso.claims.LegalApproval;
import org.incasso.common.ErrorCode;
import org.incasso.common.ValidationException;
import org.incasso.persistence.db.tables.records.ClaimRecord;
import org.incasso.tenancy.TenantContext;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Claims in PostgreSQL; every statement names the tenant (row-level security backs it up). */
@Repository
public class ClaimRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext dsl;

    ClaimRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The next reference of the year, gap-free: the counter row stays locked until the submitting
     * transaction ends, and a rollback takes the number back with it.
     */
    public String nextReference(int year) {
        int number = dsl.insertInto(CLAIM_REFERENCE_COUNTER)
                .set(CLAIM_REFERENCE_COUNTER.TENANT_ID, TenantContext.require())
                .set(CLAIM_REFERENCE_COUNTER.YEAR, year)
                .set(CLAIM_REFERENCE_COUNTER.LAST_NUMBER, 1)
                .onConflict(CLAIM_REFERENCE_COUNTER.TENANT_ID, CLAIM_REFERENCE_COUNTER.YEAR)
                .doUpdate().set(CLAIM_REFERENCE_COUNTER.LAST_NUMBER, CLAIM_REFERENCE_COUNTER.LAST_NUMBER.plus(1))
                .returning(CLAIM_REFERENCE_COUNTER.LAST_NUMBER)
                .fetchSingle(CLAIM_REFERENCE_COUNTER.LAST_NUMBER);
        return "%04d-%06d".formatted(year, number);
    }

    public Claim insert(UUID id, String reference, UUID creditorId, UUID debtorId, String currency, String submittedBy) {
        ClaimRecord record = dsl.newRecord(CLAIM);
        record.setTenantId(TenantContext.require());
        record.setId(id);
        record.setReference(reference);
        record.setCreditorId(creditorId);
        record.setDebtorId(debtorId);
        record.setCurrency(currency);
        record.setSubmittedBy(submittedBy);
        writeState(record, ClaimState.submitted());
        record.store();
        record.refresh();
        return toClaim(record);
    }

    public Optional<Claim> findById(UUID id) {
        return dsl.selectFrom(CLAIM).where(CLAIM.TENANT_ID.eq(TenantContext.require()), CLAIM.ID.eq(id))
                .fetchOptional(ClaimRepository::toClaim);
    }

    /** Locks the claim for a change; a stale {@code expectedVersion} is a conflict. */
    public Optional<Claim> lock(UUID id, @Nullable Integer expectedVersion) {
        Optional<Claim> claim = dsl.selectFrom(CLAIM)
                .where(CLAIM.TENANT_ID.eq(TenantContext.require()), CLAIM.ID.eq(id))
                .forUpdate()
                .fetchOptional(ClaimRepository::toClaim);
        claim.ifPresent(found -> {
            if (expectedVersion != null && expectedVersion != found.state().version()) {
                throw ValidationException.of("expectedVersion", ErrorCode.VERSION_CONFLICT,
                        "the claim was changed by someone else in the meantime; reload and try again");
            }
        });
        return claim;
    }

    /** Stores a changed claim (state and assignments). */
    public Claim save(Claim claim) {
        ClaimRecord record = dsl.selectFrom(CLAIM)
                .where(CLAIM.TENANT_ID.eq(TenantContext.require()), CLAIM.ID.eq(claim.id()))
                .fetchSingle();
        writeState(record, claim.state());
        record.setSpecialistId(claim.specialistId());
        record.setPartnerId(claim.partnerId());
        record.setUpdatedAt(OffsetDateTime.now());
        record.update();
        return toClaim(record);
    }

    private static void writeState(ClaimRecord record, ClaimState state) {
        record.setPhase(state.phase().name());
        record.setCloseReason(state.closeReason() == null ? null : state.closeReason().name());
        record.setDisputed(state.disputed());
        record.setDisputeReason(state.disputeReason());
        record.setAmicableDeadline(state.amicableDeadline());
        record.setLegalApproval(state.legalApproval() == null ? null : JSONB.valueOf(JSON.writeValueAsString(
                Map.of("approvedBy", state.legalApproval().approvedBy(),
                        "approvedAt", state.legalApproval().approvedAt().toString(),
                        "text", state.legalApproval().text()))));
        record.setCostAdvanceInvoiced(state.costAdvanceInvoiced());
        record.setVersion(state.version());
    }

    static Claim toClaim(ClaimRecord r) {
        ClaimState state = new ClaimState(ClaimPhase.valueOf(r.getPhase()),
                r.getCloseReason() == null ? null : CloseReason.valueOf(r.getCloseReason()),
                r.getDisputed(), r.getDisputeReason(), r.getAmicableDeadline(), approval(r.getLegalApproval()),
                r.getCostAdvanceInvoiced(), r.getVersion());
        return new Claim(r.getId(), r.getReference(), r.getCreditorId(), r.getDebtorId(), state, r.getSpecialistId(),
                r.getPartnerId(), r.getCurrency(), r.getSubmittedBy(), r.getSubmittedAt(), r.getUpdatedAt());
    }

    private static @Nullable LegalApproval approval(@Nullable JSONB json) {
        if (json == null) {
            return null;
        }
        Map<String, String> map = JSON.readValue(json.data(), new TypeReference<Map<String, String>>() {
        });
        return new LegalApproval(map.get("approvedBy"), Instant.parse(map.get("approvedAt")), map.get("text"));
    }
}
