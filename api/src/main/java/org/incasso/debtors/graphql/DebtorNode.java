package org.incasso.debtors.graphql;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.incasso.common.Address;
import org.incasso.common.Contact;
import org.incasso.debtors.Debtor;
import org.jspecify.annotations.Nullable;

/** The schema's {@code Debtor} type: the company details flattened. */
record DebtorNode(UUID id, @Nullable String name, @Nullable String registrationNumber, @Nullable String vatNumber,
        @Nullable Address address, List<Contact> contacts, int version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static DebtorNode of(Debtor d) {
        var company = d.company();
        return new DebtorNode(d.id(), company.name(), company.registrationNumber(), company.vatNumber(),
                company.address(), company.contacts() == null ? List.of() : company.contacts(), d.version(),
                d.createdAt(), d.updatedAt());
    }
}
