package org.incasso.payments;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.incasso.claims.Claim;
import org.incasso.claims.ClaimPhase;
import org.incasso.claims.ClaimService;
import org.incasso.claims.Transition;
import org.incasso.common.ErrorCode;
import org.incasso.common.NotFoundException;
import org.incasso.common.ValidationException;
import org.incasso.fees.domain.WithdrawalCalculator;
import org.incasso.fees.domain.WithdrawalFee;
import org.incasso.financials.domain.ClaimLedger;
import org.incasso.financials.domain.FinancialSummary;
import org.incasso.money.ExplanationLine;
import org.incasso.money.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A claim's money as of today (principal, interest with its periods, collection costs, what was
 * paid and how it was allocated, what is outstanding, the agency's fee and the creditor's share),
 * and the withdrawal quote. Whoever may read the claim may read its financials.
 */
@Service
public class ClaimFinancials {

    private final ClaimService claims;
    private final ClaimLedgers ledgers;
    private final WithdrawalCalculator withdrawal = new WithdrawalCalculator();

    ClaimFinancials(ClaimService claims, ClaimLedgers ledgers) {
        this.claims = claims;
        this.ledgers = ledgers;
    }

    @Transactional(readOnly = true)
    public FinancialSummary of(UUID claimId) {
        return summarize(ledgers.of(readable(claimId)));
    }

    /** The financials of claims the caller already read (batch loading: a fixed number of statements). */
    @Transactional(readOnly = true)
    public Map<UUID, FinancialSummary> ofClaims(Collection<Claim> list) {
        Map<UUID, FinancialSummary> summaries = new LinkedHashMap<>();
        ledgers.of(list).forEach((id, ledger) -> summaries.put(id, summarize(ledger)));
        return summaries;
    }

    /**
     * As {@link #ofClaims}, leaving out the claims the rules cannot price (e.g. a claim in another
     * currency than the fee schedule), for lists that show what they can.
     */
    @Transactional(readOnly = true)
    public Map<UUID, FinancialSummary> priceable(Collection<Claim> list) {
        Map<UUID, FinancialSummary> summaries = new LinkedHashMap<>();
        ledgers.priceable(list).forEach((id, ledger) -> summaries.put(id, summarize(ledger)));
        return summaries;
    }

    /**
     * PRODUCT.md: withdrawal during the amicable phase costs the commission rate on the outstanding
     * principal. A claim the agency has not accepted yet (SUBMITTED) is withdrawn free of charge;
     * once the legal phase started or the claim is closed it cannot be withdrawn.
     */
    @Transactional(readOnly = true)
    public WithdrawalQuote withdrawalQuote(UUID claimId) {
        Claim claim = readable(claimId);
        if (!claim.state().allowedTransitions().contains(Transition.WITHDRAW)) {
            throw ValidationException.of("claimId", ErrorCode.RULE_VIOLATION,
                    "a claim in phase " + claim.state().phase() + " can no longer be withdrawn");
        }
        ClaimLedger ledger = ledgers.of(claim);
        Money outstandingPrincipal = summarize(ledger).outstanding().principal();
        WithdrawalFee fee = claim.state().phase() == ClaimPhase.SUBMITTED
                ? new WithdrawalFee(outstandingPrincipal, BigDecimal.ZERO, Money.zero(outstandingPrincipal.currency()),
                        List.of(new ExplanationLine("withdrawal.fee", "The agency has not accepted the claim yet:"
                                + " withdrawing it costs nothing.")))
                : MoneyErrors.translated(() -> withdrawal.fee(ledger.terms(), outstandingPrincipal));
        return new WithdrawalQuote(claim.id(), claim.state().phase(), fee);
    }

    private Claim readable(UUID claimId) {
        return claims.find(claimId).orElseThrow(() -> new NotFoundException("claimId", "No such claim"));
    }

    private FinancialSummary summarize(ClaimLedger ledger) {
        return MoneyErrors.translated(() -> ledger.summarize(ledgers.today()));
    }
}
