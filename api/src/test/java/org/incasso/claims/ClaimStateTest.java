package org.incasso.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.incasso.claims.ClaimFixtures.APPROVAL;
import static org.incasso.claims.ClaimFixtures.TODAY;

import org.junit.jupiter.api.Test;

/** Versioning, immutability and the invariants checked when a stored claim is rehydrated. */
class ClaimStateTest {

    @Test
    void submittedClaimStartsAtVersionZero() {
        ClaimState submitted = ClaimState.submitted();

        assertThat(submitted.phase()).isEqualTo(ClaimPhase.SUBMITTED);
        assertThat(submitted.version()).isZero();
        assertThat(submitted.allowedTransitions())
                .containsExactlyInAnyOrder(Transition.START_AMICABLE, Transition.REJECT, Transition.WITHDRAW);
    }

    @Test
    void everySuccessfulChangeIncrementsTheVersion() {
        ClaimState claim = ClaimState.submitted()
                .startAmicable(TODAY, true, AmicableDeadlines.defaults()) // 1
                .agreePaymentPlan() // 2
                .flagDispute("Disputed instalment") // 3
                .resolveDispute() // 4
                .endPaymentPlan() // 5
                .adviseLegal() // 6
                .proposeLegal() // 7
                .recordCostAdvanceInvoiced() // 8
                .approveLegal(APPROVAL) // 9
                .close(CloseReason.PARTIALLY_PAID); // 10

        assertThat(claim.version()).isEqualTo(10);
    }

    @Test
    void failedChangeLeavesTheClaimUntouched() {
        ClaimState amicable = ClaimFixtures.amicableClaim();

        assertThatThrownBy(amicable::proposeLegal).isInstanceOf(ClaimRuleViolation.class);

        assertThat(amicable).isEqualTo(ClaimFixtures.amicableClaim());
    }

    @Test
    void rejectsClosedStateWithoutReason() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ClaimState(ClaimPhase.CLOSED, null, false, null, null, null, false, 3));
    }

    @Test
    void rejectsOpenStateWithCloseReason() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClaimState(ClaimPhase.AMICABLE,
                CloseReason.PAID, false, null, TODAY, null, false, 3));
    }

    @Test
    void rejectsLegalStateWithoutApprovalOrCostAdvance() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClaimState(ClaimPhase.LEGAL,
                null, false, null, TODAY, null, true, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new ClaimState(ClaimPhase.LEGAL,
                null, false, null, TODAY, APPROVAL, false, 3));
    }

    @Test
    void rejectsDisputeFlagWithoutReason() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClaimState(ClaimPhase.AMICABLE,
                null, true, null, TODAY, null, false, 3));
    }

    @Test
    void rehydratesAConsistentStoredState() {
        var stored = new ClaimState(ClaimPhase.LEGAL, null, false, null, TODAY, APPROVAL, true, 9);

        assertThat(stored.allowedTransitions()).containsExactly(Transition.CLOSE);
    }
}
