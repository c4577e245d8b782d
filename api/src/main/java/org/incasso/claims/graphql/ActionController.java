package org.incasso.claims.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.incasso.claims.ActionChannel;
import org.incasso.claims.ActionDraft;
import org.incasso.claims.ActionOutcome;
import org.incasso.claims.ActionType;
import org.incasso.claims.ActionVisibility;
import org.incasso.claims.Claim;
import org.incasso.claims.ClaimAction;
import org.incasso.claims.ClaimActions;
import org.incasso.common.ErrorCode;
import org.incasso.common.FieldViolation;
import org.incasso.common.ValidationException;
import org.incasso.common.graphql.Payloads;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Collection actions: {@code recordAction} and {@code Claim.actions}, batch-loaded (no N+1). */
@Controller
class ActionController {

    static final String ACTIONS = "claimActions";

    record ActionsKey(UUID claimId, @Nullable Integer last) {
    }

    record RecordActionInput(UUID claimId, @Nullable ActionType type, @Nullable ActionChannel channel,
            @Nullable ActionOutcome outcome, @Nullable String notes, @Nullable ActionVisibility visibility,
            @Nullable OffsetDateTime performedAt, @Nullable LocalDate nextFollowUp) {

        ActionDraft toDraft() {
            return new ActionDraft(type, channel, outcome, notes, visibility, performedAt, nextFollowUp);
        }
    }

    record RecordActionPayload(@Nullable ClaimAction action, List<FieldViolation> errors) {
    }

    private final ClaimActions actions;

    ActionController(ClaimActions actions, BatchLoaderRegistry loaders) {
        this.actions = actions;
        loaders.<ActionsKey, List<ClaimAction>>forName(ACTIONS).registerMappedBatchLoader((keys, environment) ->
                Mono.fromCallable(() -> load(keys)));
    }

    @MutationMapping
    RecordActionPayload recordAction(@Argument RecordActionInput input) {
        return Payloads.attempt(() -> actions.record(input.claimId(), input.toDraft()), RecordActionPayload::new);
    }

    @SchemaMapping(typeName = "Claim")
    CompletableFuture<List<ClaimAction>> actions(Claim claim, @Argument @Nullable Integer last,
            DataFetchingEnvironment env) {
        if (last != null && (last < 1 || last > 500)) {
            throw ValidationException.of("last", ErrorCode.OUT_OF_RANGE, "must be between 1 and 500");
        }
        return env.<ActionsKey, List<ClaimAction>>getDataLoader(ACTIONS).load(new ActionsKey(claim.id(), last))
                .thenApply(list -> list == null ? List.of() : list);
    }

    /** One statement per distinct {@code last} argument (normally one per request). */
    private Map<ActionsKey, List<ClaimAction>> load(Set<ActionsKey> keys) {
        Map<ActionsKey, List<ClaimAction>> result = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(key -> Optional.ofNullable(key.last()))).forEach((last, group) -> {
            Map<UUID, List<ClaimAction>> byClaim = actions.actionsOf(
                    group.stream().map(ActionsKey::claimId).toList(), last.orElse(null));
            group.forEach(key -> result.put(key, byClaim.getOrDefault(key.claimId(), List.of())));
        });
        return result;
    }
}
