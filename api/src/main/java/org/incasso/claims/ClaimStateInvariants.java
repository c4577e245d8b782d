package org.incasso.claims;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Consistency checks for a {@link ClaimState}, also when it is rehydrated from storage. A
 * failure means corrupt data or a programming error, not a user mistake, hence
 * {@link IllegalArgumentException} rather than a {@link ClaimRuleViolation}.
 */
final class ClaimStateInvariants {

    private ClaimStateInvariants() {
    }

    static void check(ClaimPhase phase, @Nullable CloseReason closeReason, boolean disputed,
            @Nullable String disputeReason, @Nullable LocalDate amicableDeadline,
            @Nullable LegalApproval legalApproval, boolean costAdvanceInvoiced, int version) {
        require(version >= 0, "version must not be negative");
        require((phase == ClaimPhase.CLOSED) == (closeReason != null),
                "a close reason is set exactly when the claim is CLOSED");
        require(disputed == (disputeReason != null && !disputeReason.isBlank()),
                "a dispute reason is set exactly when the claim is disputed");
        require(phase != ClaimPhase.SUBMITTED || amicableDeadline == null,
                "a submitted claim has no amicable deadline yet");
        require(!isAfterAmicableStart(phase) || amicableDeadline != null,
                "an accepted claim has an amicable deadline");
        require(phase != ClaimPhase.LEGAL || (legalApproval != null && costAdvanceInvoiced),
                "the LEGAL phase needs a written approval and an invoiced cost advance");
    }

    private static boolean isAfterAmicableStart(ClaimPhase phase) {
        return phase != ClaimPhase.SUBMITTED && phase != ClaimPhase.CLOSED;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("Inconsistent claim state: " + message);
        }
    }
}
