package org.incasso.claims.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import graphql.schema.DataFetchingEnvironment;
import org.incasso.claims.Claim;
import org.incasso.claims.ClaimService;
import org.incasso.claims.graphql.ClaimNodes.CaseEventNode;
import org.incasso.common.ErrorCode;
import org.incasso.common.NotFoundException;
import org.incasso.common.ValidationException;
import org.incasso.events.Audience;
import org.incasso.events.CaseEvent;
import org.incasso.events.CaseEventLog;
import org.incasso.events.CaseEventStream;
import org.incasso.identity.CurrentUsers;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Case events: the claim's history (batch-loaded) and the live subscriptions with replay. */
@Controller
class CaseEventController {

    static final String EVENTS = "claimEvents";

    record EventsKey(UUID claimId, @Nullable Integer last) {
    }

    record CaseEventFilter(@Nullable Set<String> types, @Nullable UUID creditorId) {
    }

    private final ClaimService claims;
    private final CaseEventStream stream;
    private final CurrentUsers currentUsers;

    CaseEventController(ClaimService claims, CaseEventStream stream, CaseEventLog log, CurrentUsers currentUsers,
            BatchLoaderRegistry loaders) {
        this.claims = claims;
        this.stream = stream;
        this.currentUsers = currentUsers;
        loaders.<EventsKey, List<CaseEvent>>forName(EVENTS).registerMappedBatchLoader((keys, environment) ->
                Mono.fromCallable(() -> load(log, keys)));
    }

    private Map<EventsKey, List<CaseEvent>> load(CaseEventLog log, Set<EventsKey> keys) {
        Audience audience = Audience.of(currentUsers.require());
        Map<EventsKey, List<CaseEvent>> result = new java.util.HashMap<>();
        // one statement per distinct `last` argument (normally one per request)
        Map<Optional<Integer>, List<EventsKey>> byLast = keys.stream()
                .collect(java.util.stream.Collectors.groupingBy(key -> Optional.ofNullable(key.last())));
        byLast.forEach((last, group) -> {
            Map<UUID, List<CaseEvent>> byClaim = log.ofClaims(group.stream().map(EventsKey::claimId).toList(),
                    audience, last.orElse(null));
            group.forEach(key -> result.put(key, byClaim.getOrDefault(key.claimId(), List.of())));
        });
        return result;
    }

    @SchemaMapping(typeName = "Claim")
    CompletableFuture<List<CaseEventNode>> events(Claim claim, @Argument @Nullable Integer last,
            DataFetchingEnvironment env) {
        if (last != null && (last < 1 || last > 500)) {
            throw ValidationException.of("last", ErrorCode.OUT_OF_RANGE, "must be between 1 and 500");
        }
        return env.<EventsKey, List<CaseEvent>>getDataLoader(EVENTS).load(new EventsKey(claim.id(), last))
                .thenApply(list -> list == null ? List.of() : list.stream().map(CaseEventNode::of).toList());
    }

    @SubscriptionMapping
    Flux<CaseEventNode> claimEvents(@Argument UUID claimId, @Argument @Nullable String after) {
        Audience audience = Audience.of(currentUsers.require());
        claims.find(claimId).orElseThrow(() -> new NotFoundException("claimId", "No such claim"));
        return stream.stream(audience, afterId(after), claimId).map(CaseEventNode::of);
    }

    @SubscriptionMapping
    Flux<CaseEventNode> caseEvents(@Argument @Nullable String after, @Argument @Nullable CaseEventFilter filter) {
        Audience audience = Audience.of(currentUsers.require())
                .onlyCreditor(filter == null ? null : filter.creditorId());
        Set<String> types = filter == null || filter.types() == null ? Set.of() : filter.types();
        return stream.stream(audience, afterId(after), null)
                .filter(event -> types.isEmpty() || types.contains(event.type()))
                .map(CaseEventNode::of);
    }

    private static long afterId(@Nullable String after) {
        try {
            return after == null ? 0 : Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw ValidationException.of("after", ErrorCode.INVALID_FORMAT, "is not an event id");
        }
    }
}
