package org.incasso.claims;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.incasso.claims.persistence.ClaimRepository;
import org.incasso.claims.persistence.ClaimSearch;
import org.incasso.claims.persistence.InvoiceRepository;
import org.incasso.common.ErrorCode;
import org.incasso.common.FieldViolation;
import org.incasso.common.NotFoundException;
import org.incasso.common.Page;
import org.incasso.common.PageRequest;
import org.incasso.common.ValidationException;
import org.incasso.common.Violations;
import org.incasso.events.Audience;
import org.incasso.events.CaseEventLog;
import org.incasso.events.Visibility;
import org.incasso.identity.CurrentUser;
import org.incasso.identity.CurrentUsers;
import org.incasso.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims: intake, reading and the guarded lifecycle. Every change appends a case event in the
 * same transaction. Staff work every claim of the tenant; a CREDITOR user submits and reads its
 * own creditor's claims and decides on the legal phase; a PARTNER user reads assigned claims.
 * A claim the caller may not see is "not found".
 */
@Service
public class ClaimService {

    private final ClaimRepository claims;
    private final ClaimSearch search;
    private final InvoiceRepository invoices;
    private final ClaimIntake intake;
    private final CaseEventLog events;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ClaimService(ClaimRepository claims, ClaimSearch search, InvoiceRepository invoices, ClaimIntake intake,
            CaseEventLog events, CurrentUsers currentUsers, Optional<Clock> clock) {
        this.claims = claims;
        this.search = search;
        this.invoices = invoices;
        this.intake = intake;
        this.events = events;
        this.currentUsers = currentUsers;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Transactional
    public Claim submit(ClaimSubmission submission) {
        return intake.submit(currentUsers.require(), submission, LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public Page<Claim> search(ClaimFilter filter, ClaimSort sort, PageRequest page) {
        return search.search(filter, sort, page, Audience.of(currentUsers.require()));
    }

    /** A range of the list for lazy grids (offset paging). */
    @Transactional(readOnly = true)
    public List<Claim> slice(ClaimFilter filter, ClaimSort sort, int offset, int limit) {
        return search.slice(filter, sort, offset, limit, Audience.of(currentUsers.require()));
    }

    @Transactional(readOnly = true)
    public int count(ClaimFilter filter) {
        return search.count(filter, Audience.of(currentUsers.require()));
    }

    @Transactional(readOnly = true)
    public Optional<Claim> find(UUID id) {
        CurrentUser user = currentUsers.require();
        return claims.findById(id).filter(claim -> mayRead(user, claim));
    }

    /** The invoices of claims the caller already read (batch loading), oldest due date first. */
    @Transactional(readOnly = true)
    public Map<UUID, List<ClaimInvoice>> invoicesOf(Collection<UUID> claimIds) {
        currentUsers.require();
        return claimIds.isEmpty() ? Map.of() : invoices.byClaims(claimIds);
    }

    @Transactional
    public Claim addInvoice(UUID claimId, InvoiceDraft draft) {
        CurrentUser user = currentUsers.require();
        user.requireAnyRole(Role.ADMIN, Role.SPECIALIST, Role.CREDITOR);
        Claim claim = lockReadable(user, claimId, null);
        if (claim.state().phase() == ClaimPhase.CLOSED) {
            throw ValidationException.of("claimId", ErrorCode.RULE_VIOLATION, "the claim is closed");
        }
        intake.addInvoice(claim, draft);
        events.append(claim.id(), "INVOICE_ADDED", Visibility.SHARED, Map.of("number", draft.cleanNumber()));
        return claims.save(claim);
    }

    @Transactional
    public Claim transition(UUID claimId, @Nullable Integer expectedVersion, Transition transition,
            UnaryOperator<ClaimState> change) {
        CurrentUser user = currentUsers.require();
        requireMayPerform(user, transition);
        Claim claim = lockReadable(user, claimId, expectedVersion);
        ClaimState before = claim.state();
        ClaimState after = apply(change, before);
        Claim saved = claims.save(withState(claim, after));
        events.append(claimId, "PHASE_CHANGED", Visibility.SHARED, Map.of("transition", transition.name(),
                "from", before.phase().name(), "to", after.phase().name(),
                "closeReason", after.closeReason() == null ? "" : after.closeReason().name()));
        return saved;
    }

    /**
     * Performs a lifecycle transition that needs no written decision (everything but approving
     * or refusing the legal phase); {@code closeReason} only for {@link Transition#CLOSE}.
     */
    @Transactional
    public Claim perform(UUID claimId, @Nullable Integer expectedVersion, Transition transition,
            @Nullable CloseReason closeReason) {
        return switch (transition) {
            case START_AMICABLE -> startAmicable(claimId, expectedVersion);
            case REJECT -> transition(claimId, expectedVersion, transition, ClaimState::reject);
            case AGREE_PAYMENT_PLAN -> transition(claimId, expectedVersion, transition, ClaimState::agreePaymentPlan);
            case END_PAYMENT_PLAN -> transition(claimId, expectedVersion, transition, ClaimState::endPaymentPlan);
            case ADVISE_LEGAL -> transition(claimId, expectedVersion, transition, ClaimState::adviseLegal);
            case PROPOSE_LEGAL -> transition(claimId, expectedVersion, transition, ClaimState::proposeLegal);
            case WITHDRAW -> transition(claimId, expectedVersion, transition, ClaimState::withdraw);
            case CLOSE -> {
                if (closeReason == null) {
                    throw ValidationException.of("reason", ErrorCode.REQUIRED, "a close reason is required");
                }
                yield transition(claimId, expectedVersion, transition, state -> state.close(closeReason));
            }
            case APPROVE_LEGAL, REFUSE_LEGAL -> throw ValidationException.of("transition", ErrorCode.RULE_VIOLATION,
                    "the creditor decides on the legal phase in writing");
        };
    }

    /** SUBMITTED → AMICABLE with the deadline for a domestic or foreign debtor. */
    @Transactional
    public Claim startAmicable(UUID claimId, @Nullable Integer expectedVersion) {
        Claim claim = claims.findById(claimId).orElseThrow(ClaimService::notFound);
        boolean domestic = intake.isDomesticDebtor(claim);
        AmicableDeadlines deadlines = intake.amicableDeadlines();
        return transition(claimId, expectedVersion, Transition.START_AMICABLE,
                state -> state.startAmicable(LocalDate.now(clock), domestic, deadlines));
    }

    @Transactional
    public Claim approveLegal(UUID claimId, @Nullable Integer expectedVersion, String text) {
        LegalApproval approval = approval(text);
        return transition(claimId, expectedVersion, Transition.APPROVE_LEGAL, state -> state.approveLegal(approval));
    }

    @Transactional
    public Claim refuseLegal(UUID claimId, @Nullable Integer expectedVersion, String text) {
        LegalApproval refusal = approval(text);
        Claim claim = transition(claimId, expectedVersion, Transition.REFUSE_LEGAL, state -> state.refuseLegal(refusal));
        // the refusal in writing: who, when and the exact text shown
        events.append(claimId, "LEGAL_PHASE_REFUSED", Visibility.CREDITOR, Map.of("refusedBy", refusal.approvedBy(),
                "refusedAt", refusal.approvedAt().toString(), "text", refusal.text()));
        return claim;
    }

    @Transactional
    public Claim recordCostAdvanceInvoiced(UUID claimId, @Nullable Integer expectedVersion) {
        return change(claimId, expectedVersion, ClaimState::recordCostAdvanceInvoiced, "COST_ADVANCE_INVOICED",
                Visibility.CREDITOR, Map.of());
    }

    @Transactional
    public Claim flagDispute(UUID claimId, @Nullable Integer expectedVersion, String reason) {
        return change(claimId, expectedVersion, state -> state.flagDispute(reason), "DISPUTE_FLAGGED",
                Visibility.SHARED, Map.of("reason", reason));
    }

    @Transactional
    public Claim resolveDispute(UUID claimId, @Nullable Integer expectedVersion) {
        return change(claimId, expectedVersion, ClaimState::resolveDispute, "DISPUTE_RESOLVED", Visibility.SHARED, Map.of());
    }

    @Transactional
    public Claim assignSpecialist(UUID claimId, @Nullable Integer expectedVersion, String specialistId) {
        if (specialistId.isBlank()) {
            throw ValidationException.of("specialistId", ErrorCode.REQUIRED, "is required");
        }
        return assign(claimId, expectedVersion, specialistId.strip(), null, false, "SPECIALIST_ASSIGNED",
                Map.of("specialistId", specialistId.strip()));
    }

    @Transactional
    public Claim assignPartner(UUID claimId, @Nullable Integer expectedVersion, @Nullable UUID partnerId) {
        return assign(claimId, expectedVersion, null, partnerId, true, "PARTNER_ASSIGNED",
                Map.of("partnerId", partnerId == null ? "" : partnerId.toString()));
    }

    private Claim assign(UUID claimId, @Nullable Integer expectedVersion, @Nullable String specialistId,
            @Nullable UUID partnerId, boolean partner, String eventType, Map<String, ?> payload) {
        CurrentUser user = currentUsers.require();
        user.requireAnyRole(Role.ADMIN, Role.SPECIALIST);
        Claim claim = lockReadable(user, claimId, expectedVersion);
        ClaimState s = claim.state();
        ClaimState bumped = new ClaimState(s.phase(), s.closeReason(), s.disputed(), s.disputeReason(),
                s.amicableDeadline(), s.legalApproval(), s.costAdvanceInvoiced(), s.version() + 1);
        Claim changed = new Claim(claim.id(), claim.reference(), claim.creditorId(), claim.debtorId(), bumped,
                partner ? claim.specialistId() : specialistId, partner ? partnerId : claim.partnerId(),
                claim.currency(), claim.submittedBy(), claim.submittedAt(), claim.updatedAt());
        Claim saved = claims.save(changed);
        events.append(claimId, eventType, Visibility.INTERNAL, payload);
        return saved;
    }

    private Claim change(UUID claimId, @Nullable Integer expectedVersion, UnaryOperator<ClaimState> change,
            String eventType, Visibility visibility, Map<String, ?> payload) {
        CurrentUser user = currentUsers.require();
        user.requireAnyRole(Role.ADMIN, Role.SPECIALIST);
        Claim claim = lockReadable(user, claimId, expectedVersion);
        Claim saved = claims.save(withState(claim, apply(change, claim.state())));
        events.append(claimId, eventType, visibility, payload);
        return saved;
    }

    private LegalApproval approval(String text) {
        CurrentUser user = currentUsers.require();
        try {
            return new LegalApproval(user.subject(), clock.instant(), text == null ? "" : text.strip());
        } catch (ClaimRuleViolation e) {
            throw ValidationException.of("text", ErrorCode.REQUIRED, "the text shown to the creditor is required");
        }
    }

    private static ClaimState apply(UnaryOperator<ClaimState> change, ClaimState state) {
        try {
            return change.apply(state);
        } catch (ClaimRuleViolation e) {
            ErrorCode code = e.code() == ClaimRuleViolation.Code.ILLEGAL_TRANSITION ? ErrorCode.ILLEGAL_TRANSITION
                    : ErrorCode.RULE_VIOLATION;
            throw new ValidationException(List.of(new FieldViolation(e.field(), code, e.getMessage())));
        }
    }

    private static Claim withState(Claim claim, ClaimState state) {
        return new Claim(claim.id(), claim.reference(), claim.creditorId(), claim.debtorId(), state,
                claim.specialistId(), claim.partnerId(), claim.currency(), claim.submittedBy(), claim.submittedAt(),
                claim.updatedAt());
    }

    private Claim lockReadable(CurrentUser user, UUID claimId, @Nullable Integer expectedVersion) {
        Claim claim = claims.findById(claimId).filter(found -> mayRead(user, found)).orElseThrow(ClaimService::notFound);
        return claims.lock(claim.id(), expectedVersion).orElseThrow(ClaimService::notFound);
    }

    /** Creditors decide on the legal phase and may withdraw; everything else is staff work. */
    private static void requireMayPerform(CurrentUser user, Transition transition) {
        Set<Transition> creditorDecisions = Set.of(Transition.APPROVE_LEGAL, Transition.REFUSE_LEGAL, Transition.WITHDRAW);
        if (user.isStaff() && !Set.of(Transition.APPROVE_LEGAL, Transition.REFUSE_LEGAL).contains(transition)) {
            return;
        }
        if (user.hasRole(Role.CREDITOR) && creditorDecisions.contains(transition)) {
            return;
        }
        throw new org.springframework.security.access.AccessDeniedException("Not allowed: " + transition);
    }

    static boolean mayRead(CurrentUser user, Claim claim) {
        if (user.isStaff()) {
            return true;
        }
        if (user.hasRole(Role.CREDITOR) && claim.creditorId().equals(user.creditorId())) {
            return true;
        }
        return user.hasRole(Role.PARTNER) && claim.partnerId() != null && claim.partnerId().equals(user.partnerId());
    }

    static NotFoundException notFound() {
        return new NotFoundException("claimId", "No such claim");
    }
}
