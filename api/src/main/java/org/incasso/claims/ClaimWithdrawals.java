package org.incasso.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.incasso.debtors.Debtor;
import org.incasso.debtors.DebtorService;
import org.incasso.fees.FeeSchedules;
import org.incasso.fees.domain.CommissionTerms;
import org.incasso.fees.domain.FeeSchedule;
import org.incasso.fees.domain.WithdrawalCalculator;
import org.incasso.money.DomainValidationException;
import org.incasso.money.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The withdrawal fee shown before a creditor withdraws a claim (PRODUCT.md: "withdrawal fee shown
 * before confirming"): the commission rate of the fee schedule in force at submission applied to
 * the outstanding principal. The withdrawal itself is {@code ClaimService.perform(..., WITHDRAW)}.
 */
@Service
public class ClaimWithdrawals {

    private final ClaimService claims;
    private final ClaimBalances balances;
    private final DebtorService debtors;
    private final FeeSchedules schedules;
    private final WithdrawalCalculator calculator = new WithdrawalCalculator();

    ClaimWithdrawals(ClaimService claims, ClaimBalances balances, DebtorService debtors, FeeSchedules schedules) {
        this.claims = claims;
        this.balances = balances;
        this.debtors = debtors;
        this.schedules = schedules;
    }

    /**
     * The fee for withdrawing the claim now; empty when the schedule cannot price it (a claim in
     * another currency than the tenant's schedule). A claim the caller may not read is "not found".
     */
    @Transactional(readOnly = true)
    public Optional<WithdrawalQuote> quote(UUID claimId) {
        Claim claim = claims.find(claimId).orElseThrow(ClaimService::notFound);
        List<ClaimInvoice> invoices = claims.invoicesOf(List.of(claimId)).getOrDefault(claimId, List.of());
        Optional<Debtor> debtor = debtors.byIds(List.of(claim.debtorId())).stream().findFirst();
        if (invoices.isEmpty() || debtor.isEmpty()) {
            return Optional.empty();
        }
        LocalDate submitted = claim.submittedAt().toLocalDate();
        BigDecimal principal = invoices.stream().map(ClaimInvoice::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        LocalDate oldestDue = invoices.stream().map(ClaimInvoice::dueDate).min(Comparator.naturalOrder()).orElseThrow();
        try {
            FeeSchedule schedule = schedules.inForceAt(submitted);
            // the band is chosen by the principal at submission; the fee applies to what is still outstanding
            CommissionTerms terms = schedule.termsFor(debtor.get().company().country(),
                    Money.of(principal, Currency.getInstance(claim.currency())),
                    // an invoice not yet due at submission counts as not overdue
                    oldestDue.isAfter(submitted) ? submitted : oldestDue, submitted);
            Money outstanding = Money.of(principal.subtract(balances.collected(claimId)),
                    Currency.getInstance(claim.currency()));
            return Optional.of(new WithdrawalQuote(terms, calculator.fee(terms, outstanding)));
        } catch (DomainValidationException e) {
            return Optional.empty();
        }
    }
}
