package org.incasso.fees.persistence;

import static org.incasso.persistence.db.Tables.FEE_SCHEDULE_AUDIT;
import static org.incasso.persistence.db.Tables.FEE_SCHEDULE_VERSION;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.incasso.fees.FeeScheduleChange;
import org.incasso.fees.FeeScheduleDocument;
import org.incasso.fees.StoredFeeSchedule;
import org.incasso.tenancy.TenantContext;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The current tenant's fee schedule versions (insert-only) and the audit trail of changes. */
@Repository
public class FeeScheduleRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext dsl;

    FeeScheduleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** All stored versions, oldest first. */
    public List<StoredFeeSchedule> versions() {
        return dsl.selectFrom(FEE_SCHEDULE_VERSION)
                .where(FEE_SCHEDULE_VERSION.TENANT_ID.eq(TenantContext.require()))
                .orderBy(FEE_SCHEDULE_VERSION.VALID_FROM)
                .fetch(r -> new StoredFeeSchedule(r.getId(), r.getValidFrom(), read(r.getSchedule()),
                        r.getCreatedBy(), r.getCreatedAt()));
    }

    public boolean exists(LocalDate validFrom) {
        return dsl.fetchExists(FEE_SCHEDULE_VERSION, FEE_SCHEDULE_VERSION.TENANT_ID.eq(TenantContext.require()),
                FEE_SCHEDULE_VERSION.VALID_FROM.eq(validFrom));
    }

    public StoredFeeSchedule insert(LocalDate validFrom, FeeScheduleDocument schedule, String createdBy) {
        var r = dsl.insertInto(FEE_SCHEDULE_VERSION)
                .set(FEE_SCHEDULE_VERSION.TENANT_ID, TenantContext.require())
                .set(FEE_SCHEDULE_VERSION.ID, UUID.randomUUID())
                .set(FEE_SCHEDULE_VERSION.VALID_FROM, validFrom)
                .set(FEE_SCHEDULE_VERSION.SCHEDULE, write(schedule))
                .set(FEE_SCHEDULE_VERSION.CREATED_BY, createdBy)
                .returning()
                .fetchSingle();
        return new StoredFeeSchedule(r.getId(), r.getValidFrom(), schedule, r.getCreatedBy(), r.getCreatedAt());
    }

    public void audit(UUID versionId, String changedBy, String changedByName, @Nullable FeeScheduleDocument old,
            FeeScheduleDocument current) {
        dsl.insertInto(FEE_SCHEDULE_AUDIT)
                .set(FEE_SCHEDULE_AUDIT.TENANT_ID, TenantContext.require())
                .set(FEE_SCHEDULE_AUDIT.ID, UUID.randomUUID())
                .set(FEE_SCHEDULE_AUDIT.VERSION_ID, versionId)
                .set(FEE_SCHEDULE_AUDIT.CHANGED_BY, changedBy)
                .set(FEE_SCHEDULE_AUDIT.CHANGED_BY_NAME, changedByName)
                .set(FEE_SCHEDULE_AUDIT.OLD_SCHEDULE, old == null ? null : write(old))
                .set(FEE_SCHEDULE_AUDIT.NEW_SCHEDULE, write(current))
                .execute();
    }

    /** The audit trail, newest first, with the documents as stored (JSON). */
    public List<FeeScheduleChange> changes(int limit) {
        UUID tenant = TenantContext.require();
        return dsl.select(FEE_SCHEDULE_VERSION.VALID_FROM, FEE_SCHEDULE_AUDIT.CHANGED_BY,
                        FEE_SCHEDULE_AUDIT.CHANGED_BY_NAME, FEE_SCHEDULE_AUDIT.CHANGED_AT, FEE_SCHEDULE_AUDIT.OLD_SCHEDULE,
                        FEE_SCHEDULE_AUDIT.NEW_SCHEDULE)
                .from(FEE_SCHEDULE_AUDIT)
                .join(FEE_SCHEDULE_VERSION).on(FEE_SCHEDULE_VERSION.TENANT_ID.eq(FEE_SCHEDULE_AUDIT.TENANT_ID),
                        FEE_SCHEDULE_VERSION.ID.eq(FEE_SCHEDULE_AUDIT.VERSION_ID))
                .where(FEE_SCHEDULE_AUDIT.TENANT_ID.eq(tenant))
                .orderBy(FEE_SCHEDULE_AUDIT.CHANGED_AT.desc(), FEE_SCHEDULE_AUDIT.ID)
                .limit(limit)
                .fetch(r -> new FeeScheduleChange(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5() == null ? null : r.value5().data(), r.value6().data()));
    }

    private static JSONB write(FeeScheduleDocument schedule) {
        return JSONB.valueOf(JSON.writeValueAsString(schedule));
    }

    private static FeeScheduleDocument read(JSONB json) {
        return JSON.readValue(json.data(), FeeScheduleDocument.class);
    }
}
