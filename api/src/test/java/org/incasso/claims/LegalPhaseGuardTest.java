package org.incasso.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.incasso.claims.ClaimFixtures.APPROVAL;
import static org.incasso.claims.ClaimFixtures.REFUSAL;
import static org.incasso.claims.ClaimFixtures.amicableClaim;
import static org.incasso.claims.ClaimFixtures.claimAwaitingApproval;
import static org.incasso.claims.ClaimFixtures.claimReadyForLegal;

import java.time.Instant;
import org.incasso.claims.ClaimRuleViolation.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PRODUCT.md: the legal phase starts only after written approval and an invoiced cost advance. */
class LegalPhaseGuardTest {

    @Test
    void startsLegalPhaseWithWrittenApprovalAndInvoicedCostAdvance() {
        ClaimState legal = claimReadyForLegal().approveLegal(APPROVAL);

        assertThat(legal.phase()).isEqualTo(ClaimPhase.LEGAL);
        assertThat(legal.legalApproval()).isEqualTo(APPROVAL);
        assertThat(legal.costAdvanceInvoiced()).isTrue();
    }

    @Test
    void rejectsLegalPhaseWithoutInvoicedCostAdvance() {
        ClaimState awaiting = claimAwaitingApproval();

        assertThatThrownBy(() -> awaiting.approveLegal(APPROVAL))
                .isInstanceOfSatisfying(ClaimRuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo(Code.COST_ADVANCE_NOT_INVOICED);
                    assertThat(violation.field()).isEqualTo("costAdvanceInvoiced");
                    assertThat(violation.phase()).isEqualTo(ClaimPhase.AWAITING_APPROVAL);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void rejectsLegalPhaseWithoutWrittenApprovalText(String blank) {
        assertThatThrownBy(() -> claimReadyForLegal().approveLegal(new LegalApproval("user-1", Instant.EPOCH, blank)))
                .isInstanceOfSatisfying(ClaimRuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo(Code.LEGAL_APPROVAL_REQUIRED);
                    assertThat(violation.field()).isEqualTo("approval.text");
                });
    }

    @Test
    void rejectsApprovalWithoutApprovingUser() {
        assertThatThrownBy(() -> new LegalApproval(" ", Instant.EPOCH, "I approve."))
                .isInstanceOfSatisfying(ClaimRuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo(Code.LEGAL_APPROVAL_REQUIRED);
                    assertThat(violation.field()).isEqualTo("approval.approvedBy");
                });
    }

    @Test
    void hidesApproveButtonUntilCostAdvanceIsInvoiced() {
        assertThat(claimAwaitingApproval().allowedTransitions())
                .containsExactlyInAnyOrder(Transition.REFUSE_LEGAL, Transition.CLOSE, Transition.WITHDRAW);
        assertThat(claimReadyForLegal().allowedTransitions()).contains(Transition.APPROVE_LEGAL);
    }

    @Test
    void refusalReturnsToLegalAdviceAndKeepsTheInvoicedCostAdvance() {
        ClaimState refused = claimReadyForLegal().refuseLegal(REFUSAL);

        assertThat(refused.phase()).isEqualTo(ClaimPhase.LEGAL_ADVICE);
        assertThat(refused.legalApproval()).isNull();
        assertThat(refused.costAdvanceInvoiced()).isTrue();
    }

    @Test
    void invoicesCostAdvanceDuringLegalAdvice() {
        ClaimState advised = amicableClaim().adviseLegal().recordCostAdvanceInvoiced();

        assertThat(advised.costAdvanceInvoiced()).isTrue();
        assertThat(advised.proposeLegal().approveLegal(APPROVAL).phase()).isEqualTo(ClaimPhase.LEGAL);
    }

    @Test
    void rejectsCostAdvanceOutsideTheLegalDecision() {
        assertThatThrownBy(() -> amicableClaim().recordCostAdvanceInvoiced())
                .isInstanceOfSatisfying(ClaimRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo(Code.COST_ADVANCE_NOT_DUE));
    }

    @Test
    void rejectsInvoicingTheCostAdvanceTwice() {
        assertThatThrownBy(() -> claimReadyForLegal().recordCostAdvanceInvoiced())
                .isInstanceOfSatisfying(ClaimRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo(Code.COST_ADVANCE_ALREADY_INVOICED));
    }
}
