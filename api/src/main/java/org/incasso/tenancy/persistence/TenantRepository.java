package org.incasso.tenancy.persistence;

import static org.incasso.persistence.db.Tables.TENANT;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.incasso.persistence.db.tables.records.TenantRecord;
import org.incasso.tenancy.Tenant;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The tenant table is not tenant-owned: the application may read all of it, never write. */
@Repository
public class TenantRepository {

    private final DSLContext dsl;

    TenantRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Tenant> findById(UUID id) {
        return dsl.selectFrom(TENANT).where(TENANT.ID.eq(id)).fetchOptional(TenantRepository::toTenant);
    }

    public Optional<Tenant> findBySlug(String slug) {
        return dsl.selectFrom(TENANT).where(TENANT.SLUG.eq(slug)).fetchOptional(TenantRepository::toTenant);
    }

    public Optional<Tenant> findByHost(String host) {
        return dsl.selectFrom(TENANT).where(DSL.val(host).eq(DSL.any(TENANT.HOST_NAMES)))
                .fetchOptional(TenantRepository::toTenant);
    }

    public List<Tenant> findAll() {
        return dsl.selectFrom(TENANT).orderBy(TENANT.NAME).fetch(TenantRepository::toTenant);
    }

    private static Tenant toTenant(TenantRecord r) {
        return new Tenant(r.getId(), r.getSlug(), r.getName(), r.getHomeCountry(),
                Currency.getInstance(r.getDefaultCurrency()), Locale.forLanguageTag(r.getLocale()),
                r.getAmicableDaysDomestic(), r.getAmicableDaysAbroad());
    }
}
