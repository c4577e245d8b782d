package org.incasso.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.incasso.claims.ClaimFixtures.amicableClaim;
import static org.incasso.claims.ClaimFixtures.claimIn;

import org.incasso.claims.ClaimRuleViolation.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** PRODUCT.md: DISPUTED is a flag, not a phase; it pauses scheduled collection actions. */
class DisputeTest {

    @Test
    void disputePausesFollowUpsUntilResolved() {
        ClaimState amicable = amicableClaim();
        ClaimState disputed = amicable.flagDispute("Goods were never delivered");
        ClaimState resolved = disputed.resolveDispute();

        assertThat(amicable.followUpsPaused()).isFalse();
        assertThat(disputed.followUpsPaused()).isTrue();
        assertThat(disputed.disputeReason()).isEqualTo("Goods were never delivered");
        assertThat(disputed.phase()).isEqualTo(ClaimPhase.AMICABLE);
        assertThat(resolved.followUpsPaused()).isFalse();
        assertThat(resolved.disputed()).isFalse();
        assertThat(resolved.disputeReason()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = ClaimPhase.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
    void canBeDisputedInEveryOpenPhase(ClaimPhase phase) {
        assertThat(claimIn(phase).flagDispute("Invoice amount is wrong").disputed()).isTrue();
    }

    @Test
    void closedClaimHasItsFollowUpsPaused() {
        assertThat(claimIn(ClaimPhase.CLOSED).followUpsPaused()).isTrue();
    }

    @Test
    void disputeDoesNotBlockLifecycleTransitions() {
        ClaimState disputed = amicableClaim().flagDispute("Partly disputed");

        ClaimState advised = disputed.adviseLegal();

        assertThat(advised.phase()).isEqualTo(ClaimPhase.LEGAL_ADVICE);
        assertThat(advised.disputed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void rejectsDisputeWithoutReason(String blank) {
        assertThatThrownBy(() -> amicableClaim().flagDispute(blank))
                .isInstanceOfSatisfying(ClaimRuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo(Code.DISPUTE_REASON_REQUIRED);
                    assertThat(violation.field()).isEqualTo("reason");
                });
    }

    @Test
    void rejectsSecondDisputeWhileDisputed() {
        ClaimState disputed = amicableClaim().flagDispute("First");

        assertThatThrownBy(() -> disputed.flagDispute("Second"))
                .isInstanceOfSatisfying(ClaimRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo(Code.ALREADY_DISPUTED));
    }

    @Test
    void rejectsResolvingAnUndisputedClaim() {
        assertThatThrownBy(() -> amicableClaim().resolveDispute())
                .isInstanceOfSatisfying(ClaimRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo(Code.NOT_DISPUTED));
    }

    @Test
    void rejectsDisputeOnClosedClaim() {
        assertThatThrownBy(() -> claimIn(ClaimPhase.CLOSED).flagDispute("Too late"))
                .isInstanceOfSatisfying(ClaimRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo(Code.CLAIM_CLOSED));
    }

    @Test
    void closingKeepsTheDisputeButNothingChangesAfterwards() {
        ClaimState closed = amicableClaim().flagDispute("Never delivered").close(CloseReason.UNCOLLECTABLE);

        assertThat(closed.disputed()).isTrue();
        assertThatThrownBy(closed::resolveDispute)
                .isInstanceOfSatisfying(ClaimRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo(Code.CLAIM_CLOSED));
    }
}
