package org.incasso.payments.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.incasso.claims.Claim;
import org.incasso.financials.domain.FinancialSummary;
import org.incasso.payments.ClaimFinancials;
import org.incasso.payments.graphql.PaymentNodes.FinancialsNode;
import org.incasso.payments.graphql.PaymentNodes.MoneyNode;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * {@code Claim.financials}, {@code Claim.paid} and {@code Claim.outstanding}: one batch per request
 * computes the financials of every claim asked for (a fixed number of statements, only when one of
 * these fields is requested).
 */
@Controller
class FinancialsController {

    static final String FINANCIALS = "claimFinancials";

    FinancialsController(ClaimFinancials financials, BatchLoaderRegistry loaders) {
        loaders.<Claim, FinancialSummary>forName(FINANCIALS).registerMappedBatchLoader((claims, environment) ->
                Mono.fromCallable(() -> {
                    Map<java.util.UUID, FinancialSummary> byId = financials.ofClaims(claims);
                    return claims.stream().collect(Collectors.toMap(c -> c, c -> byId.get(c.id())));
                }));
    }

    @SchemaMapping(typeName = "Claim")
    CompletableFuture<FinancialsNode> financials(Claim claim, DataFetchingEnvironment env) {
        return summaryOf(claim, env).thenApply(FinancialsNode::of);
    }

    @SchemaMapping(typeName = "Claim")
    CompletableFuture<MoneyNode> paid(Claim claim, DataFetchingEnvironment env) {
        return summaryOf(claim, env).thenApply(s -> MoneyNode.of(s.paid().total()));
    }

    @SchemaMapping(typeName = "Claim")
    CompletableFuture<MoneyNode> outstanding(Claim claim, DataFetchingEnvironment env) {
        return summaryOf(claim, env).thenApply(s -> MoneyNode.of(s.outstandingTotal()));
    }

    private static CompletableFuture<FinancialSummary> summaryOf(Claim claim, DataFetchingEnvironment env) {
        return env.<Claim, FinancialSummary>getDataLoader(FINANCIALS).load(claim);
    }
}
