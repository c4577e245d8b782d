package org.incasso.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.incasso.claims.ClaimFixtures.amicableClaim;
import static org.incasso.claims.ClaimFixtures.claimIn;

import org.incasso.claims.ClaimRuleViolation.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** PRODUCT.md close reasons: PAID, PARTIALLY_PAID, UNCOLLECTABLE, WITHDRAWN, REJECTED. */
class ClosingTest {

    @ParameterizedTest
    @EnumSource(value = CloseReason.class, names = {"PAID", "PARTIALLY_PAID", "UNCOLLECTABLE"})
    void closesWithCollectionOutcome(CloseReason reason) {
        ClaimState closed = claimIn(ClaimPhase.LEGAL).close(reason);

        assertThat(closed.phase()).isEqualTo(ClaimPhase.CLOSED);
        assertThat(closed.closeReason()).isEqualTo(reason);
    }

    @ParameterizedTest
    @EnumSource(value = CloseReason.class, names = {"WITHDRAWN", "REJECTED"})
    void refusesToCloseAsWithdrawnOrRejected(CloseReason reason) {
        assertThatThrownBy(() -> amicableClaim().close(reason))
                .isInstanceOfSatisfying(ClaimRuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo(Code.INVALID_CLOSE_REASON);
                    assertThat(violation.field()).isEqualTo("reason");
                });
    }

    @Test
    void withdrawalClosesAsWithdrawn() {
        assertThat(amicableClaim().withdraw().closeReason()).isEqualTo(CloseReason.WITHDRAWN);
    }

    @Test
    void rejectionClosesAsRejected() {
        assertThat(ClaimState.submitted().reject().closeReason()).isEqualTo(CloseReason.REJECTED);
    }

    @Test
    void rejectsWithdrawalOnceTheLegalPhaseRuns() {
        assertThatThrownBy(() -> claimIn(ClaimPhase.LEGAL).withdraw())
                .isInstanceOfSatisfying(ClaimRuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo(Code.ILLEGAL_TRANSITION);
                    assertThat(violation.phase()).isEqualTo(ClaimPhase.LEGAL);
                });
    }

    @Test
    void closedClaimOffersNoTransitions() {
        assertThat(claimIn(ClaimPhase.CLOSED).allowedTransitions()).isEmpty();
    }
}
