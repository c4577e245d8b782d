package org.incasso.debtors.persistence;

import static org.incasso.persistence.db.Tables.DEBTOR;

import java.util.Optional;
import java.util.UUID;
import org.incasso.common.CompanyDetails;
import org.incasso.common.CompanyFilter;
import org.incasso.common.CompanySort;
import org.incasso.common.Page;
import org.incasso.common.PageRequest;
import org.incasso.debtors.Debtor;
import org.incasso.persistence.CompanyRows;
import org.incasso.persistence.CompanySearch;
import org.incasso.persistence.db.tables.records.DebtorRecord;
import org.incasso.tenancy.TenantContext;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Debtors in PostgreSQL; every statement names the tenant (row-level security backs it up). */
@Repository
public class DebtorRepository {

    private final DSLContext dsl;
    private final CompanySearch<DebtorRecord> search;

    DebtorRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.search = new CompanySearch<>(dsl, DEBTOR);
    }

    public Page<Debtor> search(CompanyFilter filter, CompanySort sort, PageRequest page) {
        return search.search(TenantContext.require(), filter, sort, page, DSL.noCondition(), DebtorRepository::toDebtor);
    }

    public java.util.List<Debtor> slice(CompanyFilter filter, CompanySort sort, int offset, int limit) {
        return search.slice(TenantContext.require(), filter, sort, offset, limit, DSL.noCondition(),
                DebtorRepository::toDebtor);
    }

    public int count(CompanyFilter filter) {
        return search.count(TenantContext.require(), filter, DSL.noCondition());
    }

    public Optional<Debtor> findById(UUID id) {
        return dsl.selectFrom(DEBTOR)
                .where(DEBTOR.TENANT_ID.eq(TenantContext.require()), DEBTOR.ID.eq(id))
                .fetchOptional(DebtorRepository::toDebtor);
    }

    public java.util.List<Debtor> findAllById(java.util.Collection<UUID> ids) {
        return dsl.selectFrom(DEBTOR)
                .where(DEBTOR.TENANT_ID.eq(TenantContext.require()), DEBTOR.ID.in(ids))
                .fetch(DebtorRepository::toDebtor);
    }

    public Debtor insert(UUID id, CompanyDetails company) {
        DebtorRecord record = dsl.newRecord(DEBTOR);
        record.setTenantId(TenantContext.require());
        record.setId(id);
        CompanyRows.write(record, company);
        record.store();
        record.refresh();
        return toDebtor(record);
    }

    /** Empty when there is no such debtor; a stale {@code expectedVersion} is a conflict. */
    public Optional<Debtor> update(UUID id, @Nullable Integer expectedVersion, CompanyDetails company) {
        return CompanyRows.lockForUpdate(dsl, DEBTOR, id, expectedVersion).map(record -> {
            CompanyRows.write(record, company);
            record.update();
            return toDebtor(record);
        });
    }

    private static Debtor toDebtor(DebtorRecord r) {
        return new Debtor(r.getId(), CompanyRows.read(r), r.getVersion(), r.getCreatedAt(), r.getUpdatedAt());
    }
}
