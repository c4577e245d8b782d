package org.incasso.claims.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.incasso.claims.Claim;
import org.incasso.claims.ClaimFilter;
import org.incasso.claims.ClaimInvoice;
import org.incasso.claims.ClaimPhase;
import org.incasso.claims.ClaimService;
import org.incasso.claims.ClaimSort;
import org.incasso.claims.CloseReason;
import org.incasso.claims.Transition;
import org.incasso.claims.graphql.ClaimInputs.ClaimFilterInput;
import org.incasso.claims.graphql.ClaimNodes.InvoiceNode;
import org.incasso.claims.graphql.ClaimNodes.Money;
import org.incasso.common.PageRequest;
import org.incasso.common.graphql.Connection;
import org.incasso.creditors.Creditor;
import org.incasso.creditors.CreditorService;
import org.incasso.debtors.Debtor;
import org.incasso.debtors.DebtorService;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Claim queries and the claim's fields; every child field is batch-loaded (no N+1). */
@Controller
class ClaimController {

    static final String INVOICES = "claimInvoices";

    private final ClaimService claims;
    private final CreditorService creditors;
    private final DebtorService debtors;

    ClaimController(ClaimService claims, CreditorService creditors, DebtorService debtors, BatchLoaderRegistry loaders) {
        this.claims = claims;
        this.creditors = creditors;
        this.debtors = debtors;
        loaders.<UUID, List<ClaimInvoice>>forName(INVOICES).registerMappedBatchLoader(
                (ids, environment) -> Mono.fromCallable(() -> claims.invoicesOf(ids)));
    }

    @QueryMapping
    Connection<Claim> claims(@Argument @Nullable Integer first, @Argument @Nullable String after,
            @Argument @Nullable ClaimFilterInput filter, @Argument @Nullable ClaimSort sort) {
        ClaimFilter claimFilter = filter == null ? ClaimFilter.NONE : filter.toFilter();
        return Connection.of(claims.search(claimFilter, sort == null ? ClaimSort.SUBMITTED_DESC : sort,
                PageRequest.of(first, after)), java.util.function.Function.identity());
    }

    @QueryMapping
    @Nullable Claim claim(@Argument UUID id) {
        return claims.find(id).orElse(null);
    }

    @BatchMapping(typeName = "Claim")
    Map<Claim, Creditor> creditor(List<Claim> list) {
        Map<UUID, Creditor> byId = creditors.byIds(list.stream().map(Claim::creditorId).distinct().toList()).stream()
                .collect(java.util.stream.Collectors.toMap(Creditor::id, c -> c));
        return list.stream().collect(java.util.stream.Collectors.toMap(c -> c, c -> byId.get(c.creditorId())));
    }

    @BatchMapping(typeName = "Claim")
    Map<Claim, Debtor> debtor(List<Claim> list) {
        Map<UUID, Debtor> byId = debtors.byIds(list.stream().map(Claim::debtorId).distinct().toList()).stream()
                .collect(java.util.stream.Collectors.toMap(Debtor::id, d -> d));
        return list.stream().collect(java.util.stream.Collectors.toMap(c -> c, c -> byId.get(c.debtorId())));
    }

    @SchemaMapping(typeName = "Claim")
    CompletableFuture<List<InvoiceNode>> invoices(Claim claim, DataFetchingEnvironment env) {
        return invoicesOf(claim, env).thenApply(list -> list.stream().map(InvoiceNode::of).toList());
    }

    @SchemaMapping(typeName = "Claim")
    CompletableFuture<Money> principal(Claim claim, DataFetchingEnvironment env) {
        return invoicesOf(claim, env).thenApply(list -> Money.of(sum(list), claim.currency()));
    }

    @SchemaMapping(typeName = "Claim")
    ClaimPhase phase(Claim claim) {
        return claim.state().phase();
    }

    @SchemaMapping(typeName = "Claim")
    @Nullable CloseReason closeReason(Claim claim) {
        return claim.state().closeReason();
    }

    @SchemaMapping(typeName = "Claim")
    boolean disputed(Claim claim) {
        return claim.state().disputed();
    }

    @SchemaMapping(typeName = "Claim")
    @Nullable String disputeReason(Claim claim) {
        return claim.state().disputeReason();
    }

    @SchemaMapping(typeName = "Claim")
    java.time.@Nullable LocalDate amicableDeadline(Claim claim) {
        return claim.state().amicableDeadline();
    }

    @SchemaMapping(typeName = "Claim")
    boolean costAdvanceInvoiced(Claim claim) {
        return claim.state().costAdvanceInvoiced();
    }

    @SchemaMapping(typeName = "Claim")
    int version(Claim claim) {
        return claim.state().version();
    }

    /** The creditor's written decision on the legal phase: who, when and the exact text shown. */
    @SchemaMapping(typeName = "Claim")
    ClaimNodes.@Nullable LegalApprovalNode legalApproval(Claim claim) {
        var approval = claim.state().legalApproval();
        return approval == null ? null : new ClaimNodes.LegalApprovalNode(approval.approvedBy(),
                approval.approvedAt().atOffset(java.time.ZoneOffset.UTC), approval.text());
    }

    @SchemaMapping(typeName = "Claim")
    List<Transition> allowedTransitions(Claim claim) {
        return claim.state().allowedTransitions().stream().sorted().toList();
    }

    private static CompletableFuture<List<ClaimInvoice>> invoicesOf(Claim claim, DataFetchingEnvironment env) {
        return env.<UUID, List<ClaimInvoice>>getDataLoader(INVOICES).load(claim.id())
                .thenApply(list -> list == null ? List.of() : list);
    }

    private static BigDecimal sum(List<ClaimInvoice> invoices) {
        return invoices.stream().map(ClaimInvoice::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
