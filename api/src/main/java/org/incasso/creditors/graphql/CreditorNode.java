package org.incasso.creditors.graphql;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.incasso.common.Address;
import org.incasso.common.Contact;
import org.incasso.common.BankAccount;
import org.incasso.creditors.Creditor;
import org.jspecify.annotations.Nullable;

/** The schema's {@code Creditor} type: the company details flattened. */
record CreditorNode(UUID id, @Nullable String name, @Nullable String registrationNumber, @Nullable String vatNumber,
        @Nullable Address address, List<Contact> contacts, @Nullable BankAccount bankAccount, boolean vatDeductible,
        int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static CreditorNode of(Creditor c) {
        var company = c.company();
        return new CreditorNode(c.id(), company.name(), company.registrationNumber(), company.vatNumber(),
                company.address(), company.contacts() == null ? List.of() : company.contacts(), c.bankAccount(),
                c.vatDeductible(), c.version(), c.createdAt(), c.updatedAt());
    }
}
