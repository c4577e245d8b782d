package org.incasso.claims;

import java.time.Instant;
import java.time.LocalDate;

/** Claims in each phase, reached only through the lifecycle methods. */
final class ClaimFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final LegalApproval APPROVAL = new LegalApproval("user-creditor-1",
            Instant.parse("2026-06-01T09:30:00Z"), "I approve the legal phase and the cost advance of EUR 750.");
    static final LegalApproval REFUSAL = new LegalApproval("user-creditor-1",
            Instant.parse("2026-06-01T09:30:00Z"), "I do not approve the legal phase.");

    private ClaimFixtures() {
    }

    static ClaimState amicableClaim() {
        return ClaimState.submitted().startAmicable(TODAY, true, AmicableDeadlines.defaults());
    }

    static ClaimState claimAwaitingApproval() {
        return amicableClaim().adviseLegal().proposeLegal();
    }

    /** Awaiting approval with the cost advance invoiced: only the written approval is missing. */
    static ClaimState claimReadyForLegal() {
        return claimAwaitingApproval().recordCostAdvanceInvoiced();
    }

    /** A claim in the given phase; AWAITING_APPROVAL comes with its cost advance invoiced. */
    static ClaimState claimIn(ClaimPhase phase) {
        return switch (phase) {
            case SUBMITTED -> ClaimState.submitted();
            case AMICABLE -> amicableClaim();
            case PAYMENT_PLAN -> amicableClaim().agreePaymentPlan();
            case LEGAL_ADVICE -> amicableClaim().adviseLegal();
            case AWAITING_APPROVAL -> claimReadyForLegal();
            case LEGAL -> claimReadyForLegal().approveLegal(APPROVAL);
            case CLOSED -> amicableClaim().close(CloseReason.PAID);
        };
    }

    /** Performs a transition with valid input (CLOSE as PAID). */
    static ClaimState perform(ClaimState claim, Transition transition) {
        return switch (transition) {
            case START_AMICABLE -> claim.startAmicable(TODAY, true, AmicableDeadlines.defaults());
            case REJECT -> claim.reject();
            case AGREE_PAYMENT_PLAN -> claim.agreePaymentPlan();
            case END_PAYMENT_PLAN -> claim.endPaymentPlan();
            case ADVISE_LEGAL -> claim.adviseLegal();
            case PROPOSE_LEGAL -> claim.proposeLegal();
            case APPROVE_LEGAL -> claim.approveLegal(APPROVAL);
            case REFUSE_LEGAL -> claim.refuseLegal(REFUSAL);
            case CLOSE -> claim.close(CloseReason.PAID);
            case WITHDRAW -> claim.withdraw();
        };
    }
}
