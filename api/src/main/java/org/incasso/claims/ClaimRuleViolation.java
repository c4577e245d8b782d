package org.incasso.claims;

import org.jspecify.annotations.Nullable;

/**
 * A claim lifecycle rule was broken. PRODUCT.md: "an illegal transition is a typed error". The
 * API maps {@link #code()} and {@link #field()} to a typed GraphQL error; the message is for logs.
 */
public final class ClaimRuleViolation extends RuntimeException {

    /** What rule was broken. */
    public enum Code {
        ILLEGAL_TRANSITION,
        LEGAL_APPROVAL_REQUIRED,
        COST_ADVANCE_NOT_INVOICED,
        /** The cost advance can only be invoiced while a legal phase is being considered. */
        COST_ADVANCE_NOT_DUE,
        COST_ADVANCE_ALREADY_INVOICED,
        INVALID_CLOSE_REASON,
        ALREADY_DISPUTED,
        NOT_DISPUTED,
        DISPUTE_REASON_REQUIRED,
        CLAIM_CLOSED
    }

    private final Code code;
    private final String field;
    private final @Nullable ClaimPhase phase;
    private final @Nullable Transition transition;

    private ClaimRuleViolation(
            Code code, String field, @Nullable ClaimPhase phase, @Nullable Transition transition, String message) {
        super(message);
        this.code = code;
        this.field = field;
        this.phase = phase;
        this.transition = transition;
    }

    static ClaimRuleViolation illegalTransition(ClaimPhase from, Transition transition) {
        return new ClaimRuleViolation(Code.ILLEGAL_TRANSITION, "transition", from, transition,
                "Transition " + transition + " is not allowed from phase " + from);
    }

    static ClaimRuleViolation legalApprovalRequired(String field) {
        return new ClaimRuleViolation(Code.LEGAL_APPROVAL_REQUIRED, field, null, null,
                "A legal phase decision needs a user and the exact text shown (" + field + ")");
    }

    static ClaimRuleViolation of(Code code, String field, ClaimPhase phase, String message) {
        return new ClaimRuleViolation(code, field, phase, null, message);
    }

    public Code code() {
        return code;
    }

    /** The input field the API reports the error on, e.g. "transition", "approval.text", "reason". */
    public String field() {
        return field;
    }

    /** The claim's phase when the rule was broken; null when no claim was involved yet. */
    public @Nullable ClaimPhase phase() {
        return phase;
    }

    /** The transition that was refused; set for {@link Code#ILLEGAL_TRANSITION}. */
    public @Nullable Transition transition() {
        return transition;
    }
}
