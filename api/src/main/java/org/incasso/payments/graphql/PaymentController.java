package org.incasso.payments.graphql;

import java.util.UUID;
import org.incasso.common.graphql.Payloads;
import org.incasso.payments.ClaimFinancials;
import org.incasso.payments.Payments;
import org.incasso.payments.graphql.PaymentNodes.PaymentNode;
import org.incasso.payments.graphql.PaymentNodes.PaymentPayload;
import org.incasso.payments.graphql.PaymentNodes.RegisterPaymentInput;
import org.incasso.payments.graphql.PaymentNodes.WithdrawalQuoteNode;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The payment mutations and the withdrawal quote. */
@Controller
class PaymentController {

    private final Payments payments;
    private final ClaimFinancials financials;

    PaymentController(Payments payments, ClaimFinancials financials) {
        this.payments = payments;
        this.financials = financials;
    }

    @MutationMapping
    PaymentPayload registerPayment(@Argument RegisterPaymentInput input) {
        return Payloads.attempt(() -> PaymentNode.of(payments.register(input.toRegistration())), PaymentPayload::new);
    }

    @MutationMapping
    PaymentPayload reportDirectPayment(@Argument RegisterPaymentInput input) {
        return Payloads.attempt(() -> PaymentNode.of(payments.reportDirect(input.toRegistration())),
                PaymentPayload::new);
    }

    @QueryMapping
    WithdrawalQuoteNode withdrawalQuote(@Argument UUID claimId) {
        return WithdrawalQuoteNode.of(financials.withdrawalQuote(claimId));
    }
}
