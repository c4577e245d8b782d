package org.incasso.persistence;

import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.noCondition;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.incasso.common.CompanyFilter;
import org.incasso.common.CompanySort;
import org.incasso.common.Page;
import org.incasso.common.PageRequest;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;

/**
 * Keyset-paged, filtered search over a company table (creditor, debtor): both share the column
 * names {@code tenant_id, id, name, country, created_at}. The tenant is filtered explicitly (for
 * partition pruning) on top of row-level security.
 */
public final class CompanySearch<R extends Record> {

    private final DSLContext dsl;
    private final Table<R> table;
    private final Field<UUID> tenantId;
    private final Field<UUID> id;
    private final Field<String> name;
    private final Field<String> country;
    private final Field<OffsetDateTime> createdAt;

    public CompanySearch(DSLContext dsl, Table<R> table) {
        this.dsl = dsl;
        this.table = table;
        this.tenantId = field(table, "tenant_id", UUID.class);
        this.id = field(table, "id", UUID.class);
        this.name = field(table, "name", String.class);
        this.country = field(table, "country", String.class);
        this.createdAt = field(table, "created_at", OffsetDateTime.class);
    }

    public <T> Page<T> search(UUID tenant, CompanyFilter filter, CompanySort sort, PageRequest page,
            Condition restriction, Function<R, T> mapper) {
        Condition where = tenantId.eq(tenant).and(matches(filter)).and(restriction);
        List<Field<?>> keys = sortKeys(sort);
        List<Field<?>> selected = new ArrayList<>(List.of(table.fields()));
        for (int i = 0; i < keys.size(); i++) {
            selected.add(keys.get(i).as("sort_key_" + i));
        }
        var query = dsl.select(selected).from(table).where(where).orderBy(orderOf(sort, keys));
        List<? extends Record> rows = page.after() == null
                ? query.limit(page.first() + 1).fetch()
                : query.seek(seekValues(keys, page.after())).limit(page.first() + 1).fetch();
        boolean hasNext = rows.size() > page.first();
        List<Page.Edge<T>> edges = rows.stream().limit(page.first())
                .map(row -> new Page.Edge<>(cursorOf(row, keys.size()), mapper.apply(row.into(table)))).toList();
        long total = dsl.fetchCount(table, where);
        return new Page<>(edges, hasNext, page.after() != null, total);
    }

    /** Offset paging for lazy UI grids, which ask for row ranges rather than cursors. */
    public <T> java.util.List<T> slice(UUID tenant, CompanyFilter filter, CompanySort sort, int offset, int limit,
            Condition restriction, Function<R, T> mapper) {
        return dsl.selectFrom(table)
                .where(tenantId.eq(tenant).and(matches(filter)).and(restriction))
                .orderBy(orderOf(sort, sortKeys(sort)))
                .offset(offset).limit(limit)
                .fetch(mapper::apply);
    }

    public int count(UUID tenant, CompanyFilter filter, Condition restriction) {
        return dsl.fetchCount(table, tenantId.eq(tenant).and(matches(filter)).and(restriction));
    }

    private Condition matches(CompanyFilter filter) {
        Condition condition = noCondition();
        if (filter.name() != null) {
            condition = condition.and(lower(name).contains(filter.name().toLowerCase(java.util.Locale.ROOT)));
        }
        if (filter.country() != null) {
            condition = condition.and(country.eq(filter.country()));
        }
        return condition;
    }

    private List<Field<?>> sortKeys(CompanySort sort) {
        return switch (sort) {
            case NAME_ASC, NAME_DESC -> List.of(lower(name), id);
            case COUNTRY_ASC -> List.of(country, lower(name), id);
            case CREATED_AT_DESC -> List.of(createdAt, id);
        };
    }

    private static List<SortField<?>> orderOf(CompanySort sort, List<Field<?>> keys) {
        boolean descending = sort == CompanySort.NAME_DESC || sort == CompanySort.CREATED_AT_DESC;
        return keys.stream().<SortField<?>>map(key -> descending ? key.desc() : key.asc()).toList();
    }

    private static String cursorOf(Record row, int keyCount) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < keyCount; i++) {
            values.add(Objects.toString(row.get("sort_key_" + i)));
        }
        return Cursors.encode(values);
    }

    private Object[] seekValues(List<Field<?>> keys, String cursor) {
        List<String> values = Cursors.decode(cursor, keys.size());
        Object[] seek = new Object[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            seek[i] = keys.get(i).getDataType().convert(values.get(i));
        }
        return seek;
    }

    private static <T> Field<T> field(Table<?> table, String name, Class<T> type) {
        return Objects.requireNonNull(table.field(name, type), () -> table.getName() + " has no column " + name);
    }
}
