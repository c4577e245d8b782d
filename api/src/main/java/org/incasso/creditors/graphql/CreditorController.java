package org.incasso.creditors.graphql;

import java.util.UUID;
import org.incasso.common.CompanyFilter;
import org.incasso.common.CompanySort;
import org.incasso.common.PageRequest;
import org.incasso.common.graphql.Connection;
import org.incasso.common.graphql.Payloads;
import org.incasso.creditors.Creditor;
import org.incasso.creditors.CreditorService;
import org.incasso.creditors.graphql.CreditorInputs.CreateCreditorInput;
import org.incasso.creditors.graphql.CreditorInputs.CreditorPayload;
import org.incasso.creditors.graphql.CreditorInputs.UpdateCreditorInput;
import org.incasso.common.Address;
import org.incasso.common.Contact;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class CreditorController {

    private final CreditorService creditors;

    CreditorController(CreditorService creditors) {
        this.creditors = creditors;
    }

    @QueryMapping
    Connection<Creditor> creditors(@Argument @Nullable Integer first, @Argument @Nullable String after,
            @Argument @Nullable CompanyFilter filter, @Argument @Nullable CompanySort sort) {
        return Connection.of(creditors.search(filter == null ? CompanyFilter.NONE : filter,
                sort == null ? CompanySort.NAME_ASC : sort, PageRequest.of(first, after)), java.util.function.Function.identity());
    }

    @QueryMapping
    @Nullable Creditor creditor(@Argument UUID id) {
        return creditors.find(id).orElse(null);
    }

    @QueryMapping
    @Nullable Creditor myCreditor() {
        return creditors.mine().orElse(null);
    }

    @MutationMapping
    CreditorPayload createCreditor(@Argument CreateCreditorInput input) {
        return Payloads.attempt(() -> creditors.create(input.toDraft()), CreditorPayload::new);
    }

    @MutationMapping
    CreditorPayload updateCreditor(@Argument UpdateCreditorInput input) {
        return Payloads.attempt(
                () -> creditors.update(input.id(), input.expectedVersion(), input.toDraft()),
                CreditorPayload::new);
    }

    @SchemaMapping(typeName = "Creditor")
    @Nullable String name(Creditor creditor) {
        return creditor.company().name();
    }

    @SchemaMapping(typeName = "Creditor")
    @Nullable String registrationNumber(Creditor creditor) {
        return creditor.company().registrationNumber();
    }

    @SchemaMapping(typeName = "Creditor")
    @Nullable String vatNumber(Creditor creditor) {
        return creditor.company().vatNumber();
    }

    @SchemaMapping(typeName = "Creditor")
    @Nullable Address address(Creditor creditor) {
        return creditor.company().address();
    }

    @SchemaMapping(typeName = "Creditor")
    List<Contact> contacts(Creditor creditor) {
        return creditor.company().contacts() == null ? List.of() : creditor.company().contacts();
    }
}
