package org.incasso.claims.graphql;

import org.incasso.claims.ClaimService;
import org.incasso.claims.ClaimSubmissions;
import org.incasso.claims.Transition;
import org.incasso.claims.graphql.ClaimInputs.AddInvoiceInput;
import org.incasso.claims.graphql.ClaimInputs.AssignPartnerInput;
import org.incasso.claims.graphql.ClaimInputs.AssignSpecialistInput;
import org.incasso.claims.graphql.ClaimInputs.ClaimTransitionInput;
import org.incasso.claims.graphql.ClaimInputs.CloseClaimInput;
import org.incasso.claims.graphql.ClaimInputs.FlagDisputeInput;
import org.incasso.claims.graphql.ClaimInputs.LegalDecisionInput;
import org.incasso.claims.graphql.ClaimInputs.SubmitClaimInput;
import org.incasso.claims.graphql.ClaimNodes.ClaimPayload;
import org.incasso.common.graphql.Payloads;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The claim mutations: intake, assignments, disputes and one mutation per lifecycle transition. */
@Controller
class ClaimMutationController {

    private final ClaimService claims;
    private final ClaimSubmissions submissions;

    ClaimMutationController(ClaimService claims, ClaimSubmissions submissions) {
        this.claims = claims;
        this.submissions = submissions;
    }

    @MutationMapping
    ClaimPayload submitClaim(@Argument SubmitClaimInput input) {
        return Payloads.attempt(() -> submissions.submit(input.toSubmission(), input.message()),
                ClaimPayload::new);
    }

    @MutationMapping
    ClaimPayload addInvoice(@Argument AddInvoiceInput input) {
        return Payloads.attempt(() -> claims.addInvoice(input.claimId(), input.invoice().toDraft()), ClaimPayload::new);
    }

    @MutationMapping
    ClaimPayload assignSpecialist(@Argument AssignSpecialistInput input) {
        return Payloads.attempt(() -> claims.assignSpecialist(input.claimId(), input.expectedVersion(),
                input.specialistId()), ClaimPayload::new);
    }

    @MutationMapping
    ClaimPayload assignPartner(@Argument AssignPartnerInput input) {
        return Payloads.attempt(() -> claims.assignPartner(input.claimId(), input.expectedVersion(), input.partnerId()),
                ClaimPayload::new);
    }

    @MutationMapping
    ClaimPayload flagDispute(@Argument FlagDisputeInput input) {
        return Payloads.attempt(() -> claims.flagDispute(input.claimId(), input.expectedVersion(), input.reason()),
                ClaimPayload::new);
    }

    @MutationMapping
    ClaimPayload resolveDispute(@Argument ClaimTransitionInput input) {
        return Payloads.attempt(() -> claims.resolveDispute(input.claimId(), input.expectedVersion()), ClaimPayload::new);
    }

    @MutationMapping
    ClaimPayload startAmicablePhase(@Argument ClaimTransitionInput input) {
        return perform(input, Transition.START_AMICABLE);
    }

    @MutationMapping
    ClaimPayload rejectClaim(@Argument ClaimTransitionInput input) {
        return perform(input, Transition.REJECT);
    }

    @MutationMapping
    ClaimPayload agreePaymentPlan(@Argument ClaimTransitionInput input) {
        return perform(input, Transition.AGREE_PAYMENT_PLAN);
    }

    @MutationMapping
    ClaimPayload endPaymentPlan(@Argument ClaimTransitionInput input) {
        return perform(input, Transition.END_PAYMENT_PLAN);
    }

    @MutationMapping
    ClaimPayload adviseLegalPhase(@Argument ClaimTransitionInput input) {
        return perform(input, Transition.ADVISE_LEGAL);
    }

    @MutationMapping
    ClaimPayload proposeLegalPhase(@Argument ClaimTransitionInput input) {
        return perform(input, Transition.PROPOSE_LEGAL);
    }

    @MutationMapping
    ClaimPayload recordCostAdvanceInvoiced(@Argument ClaimTransitionInput input) {
        return Payloads.attempt(() -> claims.recordCostAdvanceInvoiced(input.claimId(), input.expectedVersion()),
                ClaimPayload::new);
    }

    @MutationMapping
    ClaimPayload approveLegalPhase(@Argument LegalDecisionInput input) {
        return Payloads.attempt(() -> claims.approveLegal(input.claimId(), input.expectedVersion(), input.text()),
                ClaimPayload::new);
    }

    @MutationMapping
    ClaimPayload refuseLegalPhase(@Argument LegalDecisionInput input) {
        return Payloads.attempt(() -> claims.refuseLegal(input.claimId(), input.expectedVersion(), input.text()),
                ClaimPayload::new);
    }

    @MutationMapping
    ClaimPayload closeClaim(@Argument CloseClaimInput input) {
        return Payloads.attempt(() -> claims.perform(input.claimId(), input.expectedVersion(), Transition.CLOSE,
                input.reason()), ClaimPayload::new);
    }

    @MutationMapping
    ClaimPayload withdrawClaim(@Argument ClaimTransitionInput input) {
        return perform(input, Transition.WITHDRAW);
    }

    private ClaimPayload perform(ClaimTransitionInput input, Transition transition) {
        return Payloads.attempt(() -> claims.perform(input.claimId(), input.expectedVersion(), transition, null),
                ClaimPayload::new);
    }
}
