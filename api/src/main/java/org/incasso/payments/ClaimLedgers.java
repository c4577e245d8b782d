package org.incasso.payments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.incasso.claims.Claim;
import org.incasso.claims.ClaimInvoice;
import org.incasso.claims.ClaimService;
import org.incasso.common.Address;
import org.incasso.common.CompanyDetails;
import org.incasso.common.ValidationException;
import org.incasso.creditors.Creditor;
import org.incasso.creditors.CreditorService;
import org.incasso.debtors.Debtor;
import org.incasso.debtors.DebtorService;
import org.incasso.fees.FeeSchedules;
import org.incasso.fees.domain.CommissionTerms;
import org.incasso.fees.domain.FeeScheduleHistory;
import org.incasso.financials.domain.ClaimLedger;
import org.incasso.financials.domain.CollectionCosts;
import org.incasso.financials.domain.CollectionCostsCalculator;
import org.incasso.financials.domain.CollectionCostsRules;
import org.incasso.financials.domain.CostsRegime;
import org.incasso.financials.domain.Invoice;
import org.incasso.interest.InterestRates;
import org.incasso.interest.domain.InterestRateTables;
import org.incasso.money.Money;
import org.incasso.payments.persistence.PaymentRepository;
import org.incasso.tenancy.Tenant;
import org.incasso.tenancy.TenantContext;
import org.incasso.tenancy.Tenants;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Gathers the money facts of claims the caller already read into {@link ClaimLedger}s: invoices,
 * debtor country (region against the tenant's home country), the creditor's VAT setting, the fee
 * schedule in force at submission, the interest rate table and the stored payments. A fixed number
 * of statements for any number of claims.
 */
@Component
class ClaimLedgers {

    private static final CollectionCostsRules COSTS_RULES = CollectionCostsRules.defaults();

    private final ClaimService claims;
    private final DebtorService debtors;
    private final CreditorService creditors;
    private final Tenants tenants;
    private final FeeSchedules feeSchedules;
    private final InterestRates interestRates;
    private final PaymentRepository payments;
    private final Clock clock;

    ClaimLedgers(ClaimService claims, DebtorService debtors, CreditorService creditors, Tenants tenants,
            FeeSchedules feeSchedules, InterestRates interestRates, PaymentRepository payments, Optional<Clock> clock) {
        this.claims = claims;
        this.debtors = debtors;
        this.creditors = creditors;
        this.tenants = tenants;
        this.feeSchedules = feeSchedules;
        this.interestRates = interestRates;
        this.payments = payments;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDate submittedOn(Claim claim) {
        return claim.submittedAt().atZoneSameInstant(clock.getZone()).toLocalDate();
    }

    ClaimLedger of(Claim claim) {
        return of(List.of(claim)).get(claim.id());
    }

    Map<UUID, ClaimLedger> of(Collection<Claim> list) {
        return of(list, false);
    }

    /** As {@link #of(Collection)}, leaving out the claims the rules cannot price (another currency than the schedule's). */
    Map<UUID, ClaimLedger> priceable(Collection<Claim> list) {
        return of(list, true);
    }

    private Map<UUID, ClaimLedger> of(Collection<Claim> list, boolean leaveOutUnpriceable) {
        if (list.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = list.stream().map(Claim::id).toList();
        Map<UUID, List<ClaimInvoice>> invoices = claims.invoicesOf(ids);
        Map<UUID, List<StoredPayment>> paid = payments.byClaims(ids);
        Map<UUID, Debtor> debtorsById = debtors.byIds(list.stream().map(Claim::debtorId).distinct().toList())
                .stream().collect(Collectors.toMap(Debtor::id, Function.identity()));
        Map<UUID, Creditor> creditorsById = creditors.byIds(list.stream().map(Claim::creditorId).distinct().toList())
                .stream().collect(Collectors.toMap(Creditor::id, Function.identity()));
        Tenant tenant = tenants.byId(TenantContext.require()).orElseThrow();
        // the schedules and rate tables once for the batch; each claim picks what applies to it
        FeeScheduleHistory schedules = feeSchedules.history();
        InterestRateTables rates = interestRates.tables();
        Map<UUID, ClaimLedger> ledgers = new LinkedHashMap<>();
        for (Claim claim : list) {
            String country = countryOf(debtorsById.get(claim.debtorId()), tenant.homeCountry());
            Creditor creditor = creditorsById.get(claim.creditorId());
            boolean vatDeductible = creditor == null || creditor.vatDeductible();
            try {
                ledgers.put(claim.id(), MoneyErrors.translated(() -> ledger(claim, invoices.getOrDefault(claim.id(),
                        List.of()), paid.getOrDefault(claim.id(), List.of()), country, vatDeductible, schedules, rates)));
            } catch (ValidationException e) {
                if (!leaveOutUnpriceable) {
                    throw e;
                }
            }
        }
        return ledgers;
    }

    private ClaimLedger ledger(Claim claim, List<ClaimInvoice> claimInvoices, List<StoredPayment> stored,
            String debtorCountry, boolean vatDeductible, FeeScheduleHistory schedules, InterestRateTables rates) {
        Currency currency = Currency.getInstance(claim.currency());
        LocalDate submittedOn = submittedOn(claim);
        List<Invoice> invoices = claimInvoices.stream()
                .map(i -> new Invoice(i.number(), Money.of(i.amount(), currency), i.dueDate())).toList();
        Money principal = invoices.stream().map(Invoice::amount).reduce(Money.zero(currency), Money::plus);
        LocalDate oldestDue = invoices.stream().map(Invoice::dueDate).min(Comparator.naturalOrder()).orElse(submittedOn);
        // the claim keeps the schedule version in force at submission; an invoice not yet due then counts as 0 days
        CommissionTerms terms = schedules.inForceAt(submittedOn).termsFor(debtorCountry, principal,
                oldestDue.isAfter(submittedOn) ? submittedOn : oldestDue, submittedOn);
        CollectionCosts costs = new CollectionCostsCalculator(COSTS_RULES)
                .calculate(principal, regime(terms, currency), vatDeductible);
        return new ClaimLedger(terms, submittedOn, invoices, costs,
                rates.forCountry(debtorCountry),
                stored.stream().map(StoredPayment::toLedgerPayment).toList());
    }

    /**
     * Domestic debtors get the Dutch scale, other EU debtors the directive's fixed sum, others none.
     * The statutory amounts are euro amounts: a claim in another currency gets no statutory costs
     * until a tenant stores rules in its own currency.
     */
    private static CostsRegime regime(CommissionTerms terms, Currency currency) {
        return currency.equals(COSTS_RULES.scaleMinimum().currency()) ? CostsRegime.defaultFor(terms.region())
                : CostsRegime.NONE;
    }

    private static String countryOf(@Nullable Debtor debtor, String fallback) {
        return Optional.ofNullable(debtor).map(Debtor::company).map(CompanyDetails::address)
                .map(Address::country).filter(c -> !c.isBlank()).orElse(fallback);
    }
}
