package org.incasso.workspace.ui;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.incasso.claims.Claim;
import org.incasso.common.ValidationException;
import org.incasso.payments.ClaimFinancials;
import org.incasso.payments.WithdrawalQuote;
import org.springframework.stereotype.Component;

/**
 * What the views show of a claim's money, read from the payments module: collected so far (all
 * payments allocated to costs, interest and principal) and the withdrawal quote. A claim the
 * financial rules cannot price (e.g. a currency the fee schedule does not use) shows no amount
 * rather than a made-up one.
 */
@Component
class CollectedAmounts {

    /** Collected so far (costs, interest and principal) and the outstanding total (claimed minus paid). */
    record Balance(BigDecimal collected, BigDecimal outstanding) {
    }

    private final ClaimFinancials financials;

    CollectedAmounts(ClaimFinancials financials) {
        this.financials = financials;
    }

    /** Balances for a page of claims in one pass; a claim that cannot be priced is absent. */
    Map<UUID, Balance> balancesOf(Collection<Claim> claims) {
        Map<UUID, Balance> balances = new HashMap<>();
        financials.priceable(claims).forEach((id, summary) -> balances.put(id, balance(summary)));
        return balances;
    }

    Optional<Balance> balance(UUID claimId) {
        try {
            return Optional.of(balance(financials.of(claimId)));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    private static Balance balance(org.incasso.financials.domain.FinancialSummary summary) {
        return new Balance(summary.paid().total().amount(), summary.outstandingTotal().amount());
    }

    Optional<WithdrawalQuote> withdrawalQuote(UUID claimId) {
        try {
            return Optional.of(financials.withdrawalQuote(claimId));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }
}
