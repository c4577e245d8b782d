package org.incasso.creditors.graphql;

import java.util.UUID;
import org.incasso.common.CompanyFilter;
import org.incasso.common.CompanySort;
import org.incasso.common.PageRequest;
import org.incasso.common.graphql.Connection;
import org.incasso.common.graphql.Payloads;
import org.incasso.creditors.CreditorService;
import org.incasso.creditors.graphql.CreditorInputs.CreateCreditorInput;
import org.incasso.creditors.graphql.CreditorInputs.CreditorPayload;
import org.incasso.creditors.graphql.CreditorInputs.UpdateCreditorInput;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class CreditorController {

    private final CreditorService creditors;

    CreditorController(CreditorService creditors) {
        this.creditors = creditors;
    }

    @QueryMapping
    Connection<CreditorNode> creditors(@Argument @Nullable Integer first, @Argument @Nullable String after,
            @Argument @Nullable CompanyFilter filter, @Argument @Nullable CompanySort sort) {
        return Connection.of(creditors.search(filter == null ? CompanyFilter.NONE : filter,
                sort == null ? CompanySort.NAME_ASC : sort, PageRequest.of(first, after)), CreditorNode::of);
    }

    @QueryMapping
    @Nullable CreditorNode creditor(@Argument UUID id) {
        return creditors.find(id).map(CreditorNode::of).orElse(null);
    }

    @QueryMapping
    @Nullable CreditorNode myCreditor() {
        return creditors.mine().map(CreditorNode::of).orElse(null);
    }

    @MutationMapping
    CreditorPayload createCreditor(@Argument CreateCreditorInput input) {
        return Payloads.attempt(() -> CreditorNode.of(creditors.create(input.toDraft())), CreditorPayload::new);
    }

    @MutationMapping
    CreditorPayload updateCreditor(@Argument UpdateCreditorInput input) {
        return Payloads.attempt(
                () -> CreditorNode.of(creditors.update(input.id(), input.expectedVersion(), input.toDraft())),
                CreditorPayload::new);
    }
}
