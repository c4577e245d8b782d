package org.incasso.claims.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.incasso.claims.Claim;
import org.incasso.claims.ClaimBalances;
import org.incasso.claims.ClaimInvoice;
import org.incasso.claims.ClaimMessages;
import org.incasso.claims.ClaimService;
import org.incasso.debtors.Debtor;
import org.incasso.debtors.DebtorService;

/** One line of the creditor's dashboard: a claim with its debtor, amounts and unread messages. */
record DashboardRow(Claim claim, String debtorName, BigDecimal principal, BigDecimal collected, int unread) {

    /** Principal minus what has been collected so far. */
    BigDecimal outstanding() {
        return principal.subtract(collected);
    }

    /** One statement each for debtors, invoices and unread counts of the page (no N+1). */
    static List<DashboardRow> of(List<Claim> claims, ClaimService claimService, DebtorService debtors,
            ClaimBalances balances, ClaimMessages messages) {
        List<UUID> ids = claims.stream().map(Claim::id).toList();
        Map<UUID, String> debtorNames = debtors.byIds(claims.stream().map(Claim::debtorId).distinct().toList())
                .stream().collect(Collectors.toMap(Debtor::id, d -> String.valueOf(d.company().name())));
        Map<UUID, List<ClaimInvoice>> invoices = claimService.invoicesOf(ids);
        Map<UUID, BigDecimal> collected = balances.collectedOf(ids);
        Map<UUID, Integer> unread = messages.unreadOf(ids);
        return claims.stream().map(claim -> new DashboardRow(claim, debtorNames.getOrDefault(claim.debtorId(), ""),
                invoices.getOrDefault(claim.id(), List.of()).stream().map(ClaimInvoice::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add),
                collected.getOrDefault(claim.id(), BigDecimal.ZERO), unread.getOrDefault(claim.id(), 0))).toList();
    }
}
