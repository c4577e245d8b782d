package org.incasso.claims;

import static org.incasso.claims.ClaimPhase.AMICABLE;
import static org.incasso.claims.ClaimPhase.AWAITING_APPROVAL;
import static org.incasso.claims.ClaimPhase.CLOSED;
import static org.incasso.claims.ClaimPhase.LEGAL;
import static org.incasso.claims.ClaimPhase.LEGAL_ADVICE;
import static org.incasso.claims.ClaimPhase.PAYMENT_PLAN;
import static org.incasso.claims.ClaimPhase.SUBMITTED;

import java.util.Set;

/**
 * One lifecycle mutation the API exposes, with the phases it may start from and the phase it
 * leads to. Nothing leaves {@link ClaimPhase#CLOSED}: no transition lists it as a source.
 * State-dependent guards beyond the phase (written approval, cost advance) live on
 * {@link ClaimState}.
 */
public enum Transition {
    START_AMICABLE(AMICABLE, Set.of(), SUBMITTED),
    REJECT(CLOSED, Set.of(CloseReason.REJECTED), SUBMITTED),
    AGREE_PAYMENT_PLAN(PAYMENT_PLAN, Set.of(), AMICABLE),
    END_PAYMENT_PLAN(AMICABLE, Set.of(), PAYMENT_PLAN),
    ADVISE_LEGAL(LEGAL_ADVICE, Set.of(), AMICABLE, PAYMENT_PLAN),
    PROPOSE_LEGAL(AWAITING_APPROVAL, Set.of(), LEGAL_ADVICE),
    /** Guarded: written approval and an invoiced cost advance (PRODUCT.md, legal phase). */
    APPROVE_LEGAL(LEGAL, Set.of(), AWAITING_APPROVAL),
    REFUSE_LEGAL(LEGAL_ADVICE, Set.of(), AWAITING_APPROVAL),
    /** Withdrawn and rejected claims close through their own transitions, never through this one. */
    CLOSE(CLOSED, Set.of(CloseReason.PAID, CloseReason.PARTIALLY_PAID, CloseReason.UNCOLLECTABLE),
            AMICABLE, PAYMENT_PLAN, LEGAL_ADVICE, AWAITING_APPROVAL, LEGAL),
    /** Not from LEGAL: once proceedings run, withdrawal is a legal matter, not a button. */
    WITHDRAW(CLOSED, Set.of(CloseReason.WITHDRAWN),
            SUBMITTED, AMICABLE, PAYMENT_PLAN, LEGAL_ADVICE, AWAITING_APPROVAL);

    private final ClaimPhase target;
    private final Set<CloseReason> closeReasons;
    private final Set<ClaimPhase> sources;

    Transition(ClaimPhase target, Set<CloseReason> closeReasons, ClaimPhase... sources) {
        this.target = target;
        this.closeReasons = closeReasons;
        this.sources = Set.of(sources);
    }

    /** The phase the claim is in after this transition. */
    public ClaimPhase target() {
        return target;
    }

    /** The close reasons this transition may record; empty unless it leads to CLOSED. */
    public Set<CloseReason> closeReasons() {
        return closeReasons;
    }

    public boolean allowedFrom(ClaimPhase phase) {
        return sources.contains(phase);
    }
}
