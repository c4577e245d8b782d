package org.incasso.debtors.graphql;

import java.util.List;
import java.util.UUID;
import org.incasso.common.Address;
import org.incasso.common.CompanyDetails;
import org.incasso.common.CompanyFilter;
import org.incasso.common.CompanySort;
import org.incasso.common.Contact;
import org.incasso.common.FieldViolation;
import org.incasso.common.PageRequest;
import org.incasso.common.graphql.Connection;
import org.incasso.common.graphql.Payloads;
import org.incasso.debtors.Debtor;
import org.incasso.debtors.DebtorService;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class DebtorController {

    record CreateDebtorInput(@Nullable String name, @Nullable String registrationNumber, @Nullable String vatNumber,
            @Nullable Address address, @Nullable List<Contact> contacts) {

        CompanyDetails toCompany() {
            return new CompanyDetails(name, registrationNumber, vatNumber, address, contacts);
        }
    }

    record UpdateDebtorInput(UUID id, @Nullable Integer expectedVersion, @Nullable String name,
            @Nullable String registrationNumber, @Nullable String vatNumber, @Nullable Address address,
            @Nullable List<Contact> contacts) {

        CompanyDetails toCompany() {
            return new CompanyDetails(name, registrationNumber, vatNumber, address, contacts);
        }
    }

    record DebtorPayload(@Nullable Debtor debtor, List<FieldViolation> errors) {
    }

    private final DebtorService debtors;

    DebtorController(DebtorService debtors) {
        this.debtors = debtors;
    }

    @QueryMapping
    Connection<Debtor> debtors(@Argument @Nullable Integer first, @Argument @Nullable String after,
            @Argument @Nullable CompanyFilter filter, @Argument @Nullable CompanySort sort) {
        return Connection.of(debtors.search(filter == null ? CompanyFilter.NONE : filter,
                sort == null ? CompanySort.NAME_ASC : sort, PageRequest.of(first, after)), java.util.function.Function.identity());
    }

    @QueryMapping
    @Nullable Debtor debtor(@Argument UUID id) {
        return debtors.find(id).orElse(null);
    }

    @MutationMapping
    DebtorPayload createDebtor(@Argument CreateDebtorInput input) {
        return Payloads.attempt(() -> debtors.create(input.toCompany()), DebtorPayload::new);
    }

    @MutationMapping
    DebtorPayload updateDebtor(@Argument UpdateDebtorInput input) {
        return Payloads.attempt(
                () -> debtors.update(input.id(), input.expectedVersion(), input.toCompany()),
                DebtorPayload::new);
    }

    @SchemaMapping(typeName = "Debtor")
    @Nullable String name(Debtor debtor) {
        return debtor.company().name();
    }

    @SchemaMapping(typeName = "Debtor")
    @Nullable String registrationNumber(Debtor debtor) {
        return debtor.company().registrationNumber();
    }

    @SchemaMapping(typeName = "Debtor")
    @Nullable String vatNumber(Debtor debtor) {
        return debtor.company().vatNumber();
    }

    @SchemaMapping(typeName = "Debtor")
    @Nullable Address address(Debtor debtor) {
        return debtor.company().address();
    }

    @SchemaMapping(typeName = "Debtor")
    List<Contact> contacts(Debtor debtor) {
        return debtor.company().contacts() == null ? List.of() : debtor.company().contacts();
    }
}
