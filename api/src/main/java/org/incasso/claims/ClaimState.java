package org.incasso.claims;

import static org.incasso.claims.ClaimPhase.AMICABLE;
import static org.incasso.claims.ClaimPhase.AWAITING_APPROVAL;
import static org.incasso.claims.ClaimPhase.CLOSED;
import static org.incasso.claims.ClaimPhase.LEGAL;
import static org.incasso.claims.ClaimPhase.LEGAL_ADVICE;
import static org.incasso.claims.ClaimPhase.SUBMITTED;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.incasso.claims.ClaimRuleViolation.Code;
import org.jspecify.annotations.Nullable;

/**
 * The lifecycle state of one claim. Immutable: every behaviour returns the next state with
 * {@link #version()} one higher, or throws a {@link ClaimRuleViolation} and changes nothing.
 * PRODUCT.md: "Every transition is a guarded method of the claim, never a free-form status
 * write". The canonical constructor is for rehydrating stored claims and only checks invariants.
 *
 * @param phase where the claim stands
 * @param closeReason why it was closed; set exactly when the phase is CLOSED
 * @param disputed betwisting: the debtor disputes the claim; scheduled follow-ups pause
 * @param disputeReason why it is disputed; set exactly when disputed
 * @param amicableDeadline when the amicable phase runs out; set once the amicable phase started
 * @param legalApproval the creditor's written approval; required in the LEGAL phase
 * @param costAdvanceInvoiced whether the cost advance (kostenvoorschot) has been invoiced
 * @param version increments with every successful change (optimistic locking, event order)
 */
public record ClaimState(
        ClaimPhase phase,
        @Nullable CloseReason closeReason,
        boolean disputed,
        @Nullable String disputeReason,
        @Nullable LocalDate amicableDeadline,
        @Nullable LegalApproval legalApproval,
        boolean costAdvanceInvoiced,
        int version) {

    public ClaimState {
        ClaimStateInvariants.check(phase, closeReason, disputed, disputeReason, amicableDeadline,
                legalApproval, costAdvanceInvoiced, version);
    }

    /** A claim just handed over by the creditor. */
    public static ClaimState submitted() {
        return new ClaimState(SUBMITTED, null, false, null, null, null, false, 0);
    }

    /** Accepts the claim; the amicable deadline is 90 days domestic, 120 abroad by default. */
    public ClaimState startAmicable(LocalDate today, boolean domesticDebtor, AmicableDeadlines deadlines) {
        require(Transition.START_AMICABLE);
        return new ClaimState(AMICABLE, null, disputed, disputeReason,
                deadlines.deadline(today, domesticDebtor), legalApproval, costAdvanceInvoiced, version + 1);
    }

    public ClaimState reject() {
        return closeBy(Transition.REJECT, CloseReason.REJECTED);
    }

    public ClaimState agreePaymentPlan() {
        return move(Transition.AGREE_PAYMENT_PLAN);
    }

    public ClaimState endPaymentPlan() {
        return move(Transition.END_PAYMENT_PLAN);
    }

    public ClaimState adviseLegal() {
        return move(Transition.ADVISE_LEGAL);
    }

    public ClaimState proposeLegal() {
        return move(Transition.PROPOSE_LEGAL);
    }

    /** PRODUCT.md money rules: the cost advance is invoiced before the legal phase starts. */
    public ClaimState recordCostAdvanceInvoiced() {
        requireOpen();
        if (phase != LEGAL_ADVICE && phase != AWAITING_APPROVAL) {
            throw violation(Code.COST_ADVANCE_NOT_DUE, "costAdvanceInvoiced",
                    "A cost advance is only invoiced while a legal phase is considered, not in " + phase);
        }
        if (costAdvanceInvoiced) {
            throw violation(Code.COST_ADVANCE_ALREADY_INVOICED, "costAdvanceInvoiced",
                    "The cost advance has already been invoiced");
        }
        return new ClaimState(phase, null, disputed, disputeReason, amicableDeadline, legalApproval, true,
                version + 1);
    }

    /**
     * Starts the legal phase. PRODUCT.md: only after the creditor's written approval (who, when,
     * what text; enforced by {@link LegalApproval}) and after a cost advance has been invoiced.
     */
    public ClaimState approveLegal(LegalApproval approval) {
        require(Transition.APPROVE_LEGAL);
        if (!costAdvanceInvoiced) {
            throw violation(Code.COST_ADVANCE_NOT_INVOICED, "costAdvanceInvoiced",
                    "The legal phase starts only after the cost advance has been invoiced");
        }
        return new ClaimState(LEGAL, null, disputed, disputeReason, amicableDeadline, approval, true,
                version + 1);
    }

    /**
     * The creditor refuses the proposed legal phase in writing; the specialist advises again. The
     * refusal itself belongs in the claim's case events, not in this state.
     */
    public ClaimState refuseLegal(LegalApproval refusal) {
        return move(Transition.REFUSE_LEGAL);
    }

    /** Closes with PAID, PARTIALLY_PAID or UNCOLLECTABLE; withdrawal and rejection have their own. */
    public ClaimState close(CloseReason reason) {
        return closeBy(Transition.CLOSE, reason);
    }

    /** Intrekking by the creditor; not once the legal phase runs. */
    public ClaimState withdraw() {
        return closeBy(Transition.WITHDRAW, CloseReason.WITHDRAWN);
    }

    /** Betwisting: pauses scheduled collection actions until {@link #resolveDispute()}. */
    public ClaimState flagDispute(String reason) {
        requireOpen();
        if (reason.isBlank()) {
            throw violation(Code.DISPUTE_REASON_REQUIRED, "reason", "A dispute needs a reason");
        }
        if (disputed) {
            throw violation(Code.ALREADY_DISPUTED, "disputed", "The claim is already disputed");
        }
        return withDispute(true, reason);
    }

    /** A specialist resolved the dispute; scheduled collection actions resume. */
    public ClaimState resolveDispute() {
        requireOpen();
        if (!disputed) {
            throw violation(Code.NOT_DISPUTED, "disputed", "The claim is not disputed");
        }
        return withDispute(false, null);
    }

    /** PRODUCT.md: a dispute pauses scheduled collection actions; a closed claim has none. */
    public boolean followUpsPaused() {
        return disputed || phase == CLOSED;
    }

    /** True once the amicable deadline passed while still amicable: the specialist must advise. */
    public boolean amicableDeadlinePassed(LocalDate today) {
        return phase == AMICABLE && amicableDeadline != null && today.isAfter(amicableDeadline);
    }

    /** The transitions allowed now, guards included, so the UI shows only legal actions. */
    public Set<Transition> allowedTransitions() {
        return Collections.unmodifiableSet(Arrays.stream(Transition.values())
                .filter(t -> t.allowedFrom(phase) && guardsHold(t))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Transition.class))));
    }

    // The written approval is input to APPROVE_LEGAL; the cost advance is state known up front.
    private boolean guardsHold(Transition transition) {
        return transition != Transition.APPROVE_LEGAL || costAdvanceInvoiced;
    }

    private ClaimState move(Transition transition) {
        require(transition);
        return new ClaimState(transition.target(), null, disputed, disputeReason, amicableDeadline,
                legalApproval, costAdvanceInvoiced, version + 1);
    }

    private ClaimState closeBy(Transition transition, CloseReason reason) {
        require(transition);
        if (!transition.closeReasons().contains(reason)) {
            throw violation(Code.INVALID_CLOSE_REASON, "reason",
                    transition + " cannot close a claim as " + reason);
        }
        return new ClaimState(CLOSED, reason, disputed, disputeReason, amicableDeadline, legalApproval,
                costAdvanceInvoiced, version + 1);
    }

    private ClaimState withDispute(boolean nowDisputed, @Nullable String reason) {
        return new ClaimState(phase, closeReason, nowDisputed, reason, amicableDeadline, legalApproval,
                costAdvanceInvoiced, version + 1);
    }

    private void require(Transition transition) {
        if (!transition.allowedFrom(phase)) {
            throw ClaimRuleViolation.illegalTransition(phase, transition);
        }
    }

    // Nothing changes on a closed claim (PRODUCT.md: CLOSED is final).
    private void requireOpen() {
        if (phase == CLOSED) {
            throw violation(Code.CLAIM_CLOSED, "phase", "The claim is closed");
        }
    }

    private ClaimRuleViolation violation(Code code, String field, String message) {
        return ClaimRuleViolation.of(code, field, phase, message);
    }
}
