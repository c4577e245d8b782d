package org.incasso.creditors.persistence;

import static org.incasso.persistence.db.Tables.CREDITOR;

import java.util.Optional;
import java.util.UUID;
import org.incasso.common.CompanyFilter;
import org.incasso.common.CompanySort;
import org.incasso.common.Page;
import org.incasso.common.PageRequest;
import org.incasso.common.BankAccount;
import org.incasso.creditors.Creditor;
import org.incasso.creditors.CreditorDraft;
import org.incasso.persistence.CompanySearch;
import org.incasso.persistence.CompanyRows;
import org.incasso.persistence.db.tables.records.CreditorRecord;
import org.incasso.tenancy.TenantContext;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Creditors in PostgreSQL; every statement names the tenant (row-level security backs it up). */
@Repository
public class CreditorRepository {

    private final DSLContext dsl;
    private final CompanySearch<CreditorRecord> search;

    CreditorRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.search = new CompanySearch<>(dsl, CREDITOR);
    }

    /** @param onlyCreditor when not null, the search is restricted to this one creditor */
    public Page<Creditor> search(CompanyFilter filter, CompanySort sort, PageRequest page,
            @Nullable UUID onlyCreditor) {
        return search.search(TenantContext.require(), filter, sort, page, only(onlyCreditor),
                CreditorRepository::toCreditor);
    }

    public java.util.List<Creditor> slice(CompanyFilter filter, CompanySort sort, int offset, int limit,
            @Nullable UUID onlyCreditor) {
        return search.slice(TenantContext.require(), filter, sort, offset, limit, only(onlyCreditor),
                CreditorRepository::toCreditor);
    }

    public int count(CompanyFilter filter, @Nullable UUID onlyCreditor) {
        return search.count(TenantContext.require(), filter, only(onlyCreditor));
    }

    private static Condition only(@Nullable UUID creditor) {
        return creditor == null ? DSL.noCondition() : CREDITOR.ID.eq(creditor);
    }

    public Optional<Creditor> findById(UUID id) {
        return dsl.selectFrom(CREDITOR)
                .where(CREDITOR.TENANT_ID.eq(TenantContext.require()), CREDITOR.ID.eq(id))
                .fetchOptional(CreditorRepository::toCreditor);
    }

    public java.util.List<Creditor> findAllById(java.util.Collection<UUID> ids) {
        return dsl.selectFrom(CREDITOR)
                .where(CREDITOR.TENANT_ID.eq(TenantContext.require()), CREDITOR.ID.in(ids))
                .fetch(CreditorRepository::toCreditor);
    }

    public Creditor insert(UUID id, CreditorDraft draft) {
        CreditorRecord record = dsl.newRecord(CREDITOR);
        record.setTenantId(TenantContext.require());
        record.setId(id);
        apply(draft, record);
        record.store();
        record.refresh();
        return toCreditor(record);
    }

    /** Empty when there is no such creditor; a stale {@code expectedVersion} is a conflict. */
    public Optional<Creditor> update(UUID id, @Nullable Integer expectedVersion, CreditorDraft draft) {
        return CompanyRows.lockForUpdate(dsl, CREDITOR, id, expectedVersion).map(record -> {
            apply(draft, record);
            record.update();
            return toCreditor(record);
        });
    }

    private static void apply(CreditorDraft draft, CreditorRecord record) {
        CompanyRows.write(record, draft.company());
        BankAccount account = draft.bankAccount();
        record.setIban(account == null ? null : account.iban());
        record.setBic(account == null ? null : account.bic());
        record.setAccountHolder(account == null ? null : account.holder());
        record.setVatDeductible(draft.vatDeductible());
    }

    private static Creditor toCreditor(CreditorRecord r) {
        BankAccount account = r.getIban() == null ? null : new BankAccount(r.getIban(), r.getBic(), r.getAccountHolder());
        return new Creditor(r.getId(), CompanyRows.read(r), account, r.getVatDeductible(), r.getVersion(),
                r.getCreatedAt(), r.getUpdatedAt());
    }
}
