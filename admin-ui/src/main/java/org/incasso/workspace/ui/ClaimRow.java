package org.incasso.workspace.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.incasso.claims.Claim;
import org.incasso.claims.ClaimInvoice;
import org.incasso.claims.ClaimService;
import org.incasso.creditors.Creditor;
import org.incasso.creditors.CreditorService;
import org.incasso.debtors.Debtor;
import org.incasso.debtors.DebtorService;

/** A claim with the names and principal the grid shows, loaded for a whole page at once. */
record ClaimRow(Claim claim, String creditorName, String debtorName, BigDecimal principal) {

    /** One statement each for creditors, debtors and invoices of the page (no N+1). */
    static List<ClaimRow> of(List<Claim> claims, ClaimService claimService, CreditorService creditors,
            DebtorService debtors) {
        List<UUID> ids = claims.stream().map(Claim::id).toList();
        Map<UUID, String> creditorNames = creditors.byIds(claims.stream().map(Claim::creditorId).distinct().toList())
                .stream().collect(Collectors.toMap(Creditor::id, c -> String.valueOf(c.company().name())));
        Map<UUID, String> debtorNames = debtors.byIds(claims.stream().map(Claim::debtorId).distinct().toList())
                .stream().collect(Collectors.toMap(Debtor::id, d -> String.valueOf(d.company().name())));
        Map<UUID, List<ClaimInvoice>> invoices = claimService.invoicesOf(ids);
        Function<Claim, BigDecimal> principal = claim -> invoices.getOrDefault(claim.id(), List.of()).stream()
                .map(ClaimInvoice::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return claims.stream().map(claim -> new ClaimRow(claim, creditorNames.getOrDefault(claim.creditorId(), ""),
                debtorNames.getOrDefault(claim.debtorId(), ""), principal.apply(claim))).toList();
    }
}
