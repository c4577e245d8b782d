package org.incasso.workspace.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.incasso.claims.Claim;
import org.incasso.claims.ClaimInvoice;
import org.incasso.claims.ClaimMessages;
import org.incasso.claims.ClaimService;
import org.incasso.debtors.Debtor;
import org.incasso.debtors.DebtorService;

/**
 * One line of the creditor's dashboard: a claim with its debtor, amounts and unread messages.
 * {@code collected} and {@code outstanding} come from the payments module (costs and interest
 * included); when the claim cannot be priced they are the principal's view: nothing collected.
 */
record DashboardRow(Claim claim, String debtorName, BigDecimal principal, BigDecimal collected, BigDecimal outstanding,
        int unread) {

    /** One statement each for debtors, invoices and unread counts of the page (no N+1). */
    static List<DashboardRow> of(List<Claim> claims, ClaimService claimService, DebtorService debtors,
            CollectedAmounts amounts, ClaimMessages messages) {
        List<UUID> ids = claims.stream().map(Claim::id).toList();
        Map<UUID, String> debtorNames = debtors.byIds(claims.stream().map(Claim::debtorId).distinct().toList())
                .stream().collect(Collectors.toMap(Debtor::id, d -> String.valueOf(d.company().name())));
        Map<UUID, List<ClaimInvoice>> invoices = claimService.invoicesOf(ids);
        Map<UUID, CollectedAmounts.Balance> balances = amounts.balancesOf(claims);
        Map<UUID, Integer> unread = messages.unreadOf(ids);
        return claims.stream().map(claim -> {
            BigDecimal principal = invoices.getOrDefault(claim.id(), List.of()).stream().map(ClaimInvoice::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            var balance = balances.getOrDefault(claim.id(), new CollectedAmounts.Balance(BigDecimal.ZERO, principal));
            return new DashboardRow(claim, debtorNames.getOrDefault(claim.debtorId(), ""), principal,
                    balance.collected(), balance.outstanding(), unread.getOrDefault(claim.id(), 0));
        }).toList();
    }
}
