package org.incasso.persistence;

import java.util.List;
import java.util.Objects;
import org.incasso.common.Address;
import org.incasso.common.CompanyDetails;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.incasso.common.ErrorCode;
import org.incasso.common.ValidationException;
import org.incasso.tenancy.TenantContext;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.UpdatableRecord;
import org.jspecify.annotations.Nullable;

/** Reads and writes the company columns that the creditor and debtor tables share. */
public final class CompanyRows {

    private CompanyRows() {
    }

    public static void write(Record record, CompanyDetails company) {
        Address address = Objects.requireNonNull(company.address());
        record.set(record.field("name", String.class), company.name());
        record.set(record.field("registration_number", String.class), company.registrationNumber());
        record.set(record.field("vat_number", String.class), company.vatNumber());
        record.set(record.field("street", String.class), address.street());
        record.set(record.field("postal_code", String.class), address.postalCode());
        record.set(record.field("city", String.class), address.city());
        record.set(record.field("country", String.class), address.country());
        record.set(record.field("contacts", JSONB.class),
                ContactsJson.write(company.contacts() == null ? List.of() : company.contacts()));
    }

    /**
     * Locks the company row of the current tenant for an update, bumping its version. Empty
     * when there is no such row; a stale {@code expectedVersion} is refused as a conflict.
     */
    public static <R extends UpdatableRecord<R>> Optional<R> lockForUpdate(DSLContext dsl, Table<R> table, UUID id,
            @Nullable Integer expectedVersion) {
        Optional<R> found = dsl.selectFrom(table)
                .where(table.field("tenant_id", UUID.class).eq(TenantContext.require()),
                        table.field("id", UUID.class).eq(id))
                .forUpdate()
                .fetchOptional();
        found.ifPresent(record -> {
            Field<Integer> version = Objects.requireNonNull(table.field("version", Integer.class));
            if (expectedVersion != null && !expectedVersion.equals(record.get(version))) {
                throw ValidationException.of("expectedVersion", ErrorCode.VERSION_CONFLICT,
                        "the record was changed by someone else in the meantime; reload and try again");
            }
            record.set(version, record.get(version) + 1);
            record.set(table.field("updated_at", OffsetDateTime.class), OffsetDateTime.now());
        });
        return found;
    }

    public static CompanyDetails read(Record record) {
        return new CompanyDetails(record.get("name", String.class), record.get("registration_number", String.class),
                record.get("vat_number", String.class),
                new Address(record.get("street", String.class), record.get("postal_code", String.class),
                        record.get("city", String.class), record.get("country", String.class)),
                ContactsJson.read(record.get("contacts", JSONB.class)));
    }
}
