package org.incasso.claims.persistence;

import static org.incasso.persistence.db.Tables.CLAIM;
import static org.incasso.persistence.db.Tables.DEBTOR;
import static org.incasso.persistence.db.Tables.INVOICE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.incasso.claims.Claim;
import org.incasso.claims.ClaimFilter;
import org.incasso.claims.ClaimSort;
import org.incasso.common.Page;
import org.incasso.events.Audience;
import org.incasso.common.PageRequest;
import org.incasso.persistence.Cursors;
import org.incasso.persistence.db.tables.records.ClaimRecord;
import org.incasso.tenancy.TenantContext;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.springframework.stereotype.Repository;

/** Filtered, keyset-paged claim lists in one statement (plus one for the count). */
@Repository
public class ClaimSearch {

    private final DSLContext dsl;

    ClaimSearch(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** @param audience the caller's access: staff all, creditors their own, partners assigned claims */
    public Page<Claim> search(ClaimFilter filter, ClaimSort sort, PageRequest page, Audience audience) {
        UUID tenant = TenantContext.require();
        Condition where = CLAIM.TENANT_ID.eq(tenant).and(restriction(audience)).and(matches(filter, tenant));
        List<Field<?>> keys = sort == ClaimSort.REFERENCE_ASC ? List.of(CLAIM.REFERENCE, CLAIM.ID)
                : List.of(CLAIM.SUBMITTED_AT, CLAIM.ID);
        boolean descending = sort == ClaimSort.SUBMITTED_DESC;
        List<SortField<?>> order = keys.stream().<SortField<?>>map(k -> descending ? k.desc() : k.asc()).toList();
        var query = dsl.selectFrom(CLAIM).where(where).orderBy(order);
        List<ClaimRecord> rows = page.after() == null
                ? query.limit(page.first() + 1).fetch()
                : query.seek(seek(keys, page.after())).limit(page.first() + 1).fetch();
        List<Page.Edge<Claim>> edges = rows.stream().limit(page.first())
                .map(row -> new Page.Edge<>(cursor(row, keys), ClaimRepository.toClaim(row))).toList();
        return new Page<>(edges, rows.size() > page.first(), page.after() != null, dsl.fetchCount(CLAIM, where));
    }

    /** Offset paging for lazy UI grids. */
    public List<Claim> slice(ClaimFilter filter, ClaimSort sort, int offset, int limit, Audience audience) {
        UUID tenant = TenantContext.require();
        Condition where = CLAIM.TENANT_ID.eq(tenant).and(restriction(audience)).and(matches(filter, tenant));
        List<Field<?>> keys = sort == ClaimSort.REFERENCE_ASC ? List.of(CLAIM.REFERENCE, CLAIM.ID)
                : List.of(CLAIM.SUBMITTED_AT, CLAIM.ID);
        boolean descending = sort == ClaimSort.SUBMITTED_DESC;
        return dsl.selectFrom(CLAIM).where(where)
                .orderBy(keys.stream().<SortField<?>>map(k -> descending ? k.desc() : k.asc()).toList())
                .offset(offset).limit(limit).fetch(ClaimRepository::toClaim);
    }

    public int count(ClaimFilter filter, Audience audience) {
        UUID tenant = TenantContext.require();
        return dsl.fetchCount(CLAIM, CLAIM.TENANT_ID.eq(tenant).and(restriction(audience)).and(matches(filter, tenant)));
    }

    private static Condition restriction(Audience audience) {
        if (audience.staff()) {
            return noCondition();
        }
        return audience.creditorId() != null ? CLAIM.CREDITOR_ID.eq(audience.creditorId())
                : CLAIM.PARTNER_ID.eq(audience.partnerId());
    }

    private Condition matches(ClaimFilter f, UUID tenant) {
        Condition c = noCondition();
        if (f.phases() != null && !f.phases().isEmpty()) {
            c = c.and(CLAIM.PHASE.in(f.phases().stream().map(Enum::name).toList()));
        }
        if (f.creditorId() != null) {
            c = c.and(CLAIM.CREDITOR_ID.eq(f.creditorId()));
        }
        if (f.debtorId() != null) {
            c = c.and(CLAIM.DEBTOR_ID.eq(f.debtorId()));
        }
        if (f.specialistId() != null) {
            c = c.and(CLAIM.SPECIALIST_ID.eq(f.specialistId()));
        }
        if (f.partnerId() != null) {
            c = c.and(CLAIM.PARTNER_ID.eq(f.partnerId()));
        }
        if (f.disputed() != null) {
            c = c.and(CLAIM.DISPUTED.eq(f.disputed()));
        }
        if (f.debtorCountry() != null) {
            c = c.and(debtorWhere(tenant, DEBTOR.COUNTRY.eq(f.debtorCountry().toUpperCase(java.util.Locale.ROOT))));
        }
        if (f.text() != null && !f.text().isBlank()) {
            String text = f.text().strip().toLowerCase(java.util.Locale.ROOT);
            c = c.and(lower(CLAIM.REFERENCE).contains(text).or(debtorWhere(tenant, lower(DEBTOR.NAME).contains(text))));
        }
        return c.and(invoicesMatch(f, tenant));
    }

    private static Condition debtorWhere(UUID tenant, Condition condition) {
        return org.jooq.impl.DSL.exists(select(DEBTOR.ID).from(DEBTOR)
                .where(DEBTOR.TENANT_ID.eq(tenant), DEBTOR.ID.eq(CLAIM.DEBTOR_ID), condition));
    }

    private Condition invoicesMatch(ClaimFilter f, UUID tenant) {
        if (f.minPrincipal() == null && f.maxPrincipal() == null && f.minDaysOverdue() == null) {
            return noCondition();
        }
        Field<BigDecimal> principal = coalesce(sum(INVOICE.AMOUNT), BigDecimal.ZERO);
        Condition having = noCondition();
        if (f.minPrincipal() != null) {
            having = having.and(principal.ge(f.minPrincipal()));
        }
        if (f.maxPrincipal() != null) {
            having = having.and(principal.le(f.maxPrincipal()));
        }
        if (f.minDaysOverdue() != null) {
            having = having.and(org.jooq.impl.DSL.min(INVOICE.DUE_DATE).le(LocalDate.now().minusDays(f.minDaysOverdue())));
        }
        return CLAIM.ID.in(select(INVOICE.CLAIM_ID).from(INVOICE)
                .where(INVOICE.TENANT_ID.eq(tenant)).groupBy(INVOICE.CLAIM_ID).having(having));
    }

    private static String cursor(Record row, List<Field<?>> keys) {
        List<String> values = new ArrayList<>();
        for (Field<?> key : keys) {
            values.add(Objects.toString(row.get(key)));
        }
        return Cursors.encode(values);
    }

    private static Object[] seek(List<Field<?>> keys, String cursor) {
        List<String> values = Cursors.decode(cursor, keys.size());
        Object[] seek = new Object[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            seek[i] = keys.get(i).getDataType().convert(values.get(i));
        }
        return seek;
    }
}
