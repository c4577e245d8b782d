package org.incasso.claims;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.incasso.claims.persistence.ClaimRepository;
import org.incasso.claims.persistence.InvoiceRepository;
import org.incasso.common.ErrorCode;
import org.incasso.common.NotFoundException;
import org.incasso.common.ValidationException;
import org.incasso.common.Violations;
import org.incasso.creditors.Creditor;
import org.incasso.creditors.CreditorService;
import org.incasso.debtors.Debtor;
import org.incasso.debtors.DebtorService;
import org.incasso.events.CaseEventLog;
import org.incasso.events.Visibility;
import org.incasso.identity.CurrentUser;
import org.incasso.identity.Role;
import org.incasso.tenancy.TenantContext;
import org.incasso.tenancy.Tenants;
import org.springframework.stereotype.Component;

/** Takes a claim in: resolves creditor and debtor, checks the invoices, numbers and stores it. */
@Component
class ClaimIntake {

    private final ClaimRepository claims;
    private final InvoiceRepository invoices;
    private final CreditorService creditors;
    private final DebtorService debtors;
    private final Tenants tenants;
    private final CaseEventLog events;

    ClaimIntake(ClaimRepository claims, InvoiceRepository invoices, CreditorService creditors, DebtorService debtors,
            Tenants tenants, CaseEventLog events) {
        this.claims = claims;
        this.invoices = invoices;
        this.creditors = creditors;
        this.debtors = debtors;
        this.tenants = tenants;
        this.events = events;
    }

    /** Runs in the caller's transaction: any refusal rolls back everything, the reference included. */
    Claim submit(CurrentUser user, ClaimSubmission submission, LocalDate today) {
        user.requireAnyRole(Role.ADMIN, Role.SPECIALIST, Role.CREDITOR);
        List<InvoiceDraft> drafts = submission.invoices() == null ? List.of() : submission.invoices();
        String currency = validateInvoices(drafts);
        Creditor creditor = creditor(user, submission);
        Debtor debtor = debtor(submission);
        refuseDuplicates(creditor.id(), debtor.id(), drafts);
        Claim claim = claims.insert(UUID.randomUUID(), claims.nextReference(today.getYear()), creditor.id(), debtor.id(),
                currency, user.subject());
        drafts.forEach(draft -> invoices.insert(claim.id(), creditor.id(), debtor.id(), draft));
        events.append(claim.id(), "CLAIM_SUBMITTED", Visibility.SHARED, Map.of("reference", claim.reference(),
                "invoices", drafts.size(), "currency", currency,
                "principal", drafts.stream().map(InvoiceDraft::exactAmount).reduce(java.math.BigDecimal.ZERO,
                        java.math.BigDecimal::add).toPlainString()));
        return claim;
    }

    void addInvoice(Claim claim, InvoiceDraft draft) {
        Violations violations = new Violations();
        draft.validate("invoice", violations);
        violations.throwIfAny();
        if (!draft.currencyCode().equals(claim.currency())) {
            throw ValidationException.of("invoice.amount.currency", ErrorCode.CURRENCY_MISMATCH,
                    "must be the claim's currency " + claim.currency());
        }
        if (!invoices.existingNumbers(claim.creditorId(), claim.debtorId(), List.of(draft.cleanNumber())).isEmpty()) {
            throw ValidationException.of("invoice.number", ErrorCode.DUPLICATE,
                    "this invoice was already handed over for this debtor");
        }
        invoices.insert(claim.id(), claim.creditorId(), claim.debtorId(), draft);
    }

    /** The tenant's amicable-phase lengths (90/120 days unless configured otherwise). */
    AmicableDeadlines amicableDeadlines() {
        var tenant = tenants.byId(TenantContext.require()).orElseThrow();
        return new AmicableDeadlines(tenant.amicableDaysDomestic(), tenant.amicableDaysAbroad());
    }

    boolean isDomesticDebtor(Claim claim) {
        String home = tenants.byId(TenantContext.require()).orElseThrow().homeCountry();
        return debtors.byIds(List.of(claim.debtorId())).stream().anyMatch(d -> home.equals(d.company().country()));
    }

    /** All invoices valid and in one currency; returns that currency. */
    private static String validateInvoices(List<InvoiceDraft> drafts) {
        Violations violations = new Violations();
        checkInvoices(drafts, violations);
        violations.throwIfAny();
        return drafts.getFirst().currencyCode();
    }

    /** Adds what is wrong with the invoices of one claim: each invoice, one currency, no number twice. */
    static void checkInvoices(List<InvoiceDraft> drafts, Violations violations) {
        if (drafts.isEmpty()) {
            violations.add("invoices", ErrorCode.REQUIRED, "at least one invoice is required");
            return;
        }
        Violations each = new Violations();
        IntStream.range(0, drafts.size()).forEach(i -> drafts.get(i).validate("invoices[" + i + "]", each));
        if (each.isEmpty()) {
            String currency = drafts.getFirst().currencyCode();
            Set<String> numbers = new HashSet<>();
            for (int i = 0; i < drafts.size(); i++) {
                if (!drafts.get(i).currencyCode().equals(currency)) {
                    each.add("invoices[" + i + "].amount.currency", ErrorCode.CURRENCY_MISMATCH,
                            "all invoices of a claim must be in " + currency);
                }
                if (!numbers.add(drafts.get(i).cleanNumber())) {
                    each.add("invoices[" + i + "].number", ErrorCode.DUPLICATE, "appears twice in this claim");
                }
            }
        }
        each.list().forEach(v -> violations.add(v.field(), v.code(), v.message()));
    }

    private void refuseDuplicates(UUID creditorId, UUID debtorId, List<InvoiceDraft> drafts) {
        Set<String> existing = invoices.existingNumbers(creditorId, debtorId,
                drafts.stream().map(InvoiceDraft::cleanNumber).toList());
        Violations violations = new Violations();
        for (int i = 0; i < drafts.size(); i++) {
            if (existing.contains(drafts.get(i).cleanNumber())) {
                violations.add("invoices[" + i + "].number", ErrorCode.DUPLICATE,
                        "this invoice was already handed over for this debtor");
            }
        }
        violations.throwIfAny();
    }

    private Creditor creditor(CurrentUser user, ClaimSubmission submission) {
        if (!user.isStaff()) {
            // creditor users always submit for their own creditor
            if (submission.creditor() != null || (submission.creditorId() != null
                    && !submission.creditorId().equals(user.creditorId())) || user.creditorId() == null) {
                throw new NotFoundException("creditorId", "No such creditor");
            }
            return creditors.find(user.creditorId()).orElseThrow(() -> new NotFoundException("creditorId", "No such creditor"));
        }
        if (submission.creditorId() != null) {
            return creditors.find(submission.creditorId())
                    .orElseThrow(() -> new NotFoundException("creditorId", "No such creditor"));
        }
        if (submission.creditor() == null) {
            throw ValidationException.of("creditorId", ErrorCode.REQUIRED, "give creditorId or creditor");
        }
        return ValidationException.under("creditor", () -> creditors.create(submission.creditor()));
    }

    private Debtor debtor(ClaimSubmission submission) {
        if (submission.debtorId() != null) {
            return debtors.findForIntake(submission.debtorId())
                    .orElseThrow(() -> new NotFoundException("debtorId", "No such debtor"));
        }
        if (submission.debtor() == null) {
            throw ValidationException.of("debtorId", ErrorCode.REQUIRED, "give debtorId or debtor");
        }
        return ValidationException.under("debtor", () -> debtors.createForIntake(submission.debtor()));
    }
}
