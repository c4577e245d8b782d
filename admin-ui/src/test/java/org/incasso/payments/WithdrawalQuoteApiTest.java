package org.incasso.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.payments.PaymentFixtures.*;
import static org.incasso.testing.ClaimRequests.change;
import static org.incasso.testing.DemoData.*;

import java.math.BigDecimal;
import java.util.Map;
import org.incasso.testing.Api;
import org.incasso.testing.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/** The withdrawal quote: the commission rate on the outstanding principal during the amicable phase. */
@ApplicationTest
class WithdrawalQuoteApiTest {

    @Test
    void anAmicableClaimCostsTheCommissionRateOnTheOutstandingPrincipal() {
        String claim = claimOfThousand("Withdraw", "NL");
        change(NL_ADMIN, "startAmicablePhase", Map.of("claimId", claim));
        // domestic, principal ≤ 2,500 → 12%; oldest invoice 40 days overdue at submission (≤ 180) → no surcharge
        // 12% × 1,000.00 = 120.00
        GraphQlTester.Response quote = quote(NL_CREDITOR_USER, claim);
        assertThat(text(quote, "withdrawalQuote.phase")).isEqualTo("AMICABLE");
        assertThat(text(quote, "withdrawalQuote.ratePercent")).isEqualTo("12");
        assertThat(text(quote, "withdrawalQuote.outstandingPrincipal.amount")).isEqualTo("1000.00");
        assertThat(text(quote, "withdrawalQuote.fee.amount")).isEqualTo("120.00");
        quote.path("withdrawalQuote.explanation").entityList(Object.class).hasSizeGreaterThan(0);

        // pay costs + 39 days' interest 10.85 + 200.00 principal → 800.00 outstanding; 12% × 800.00 = 96.00
        BigDecimal payment = costsOfThousand(claim).add(new BigDecimal("210.85"));
        register(NL_ADMIN, payment(claim, payment.toPlainString())).path("registerPayment.errors")
                .entityList(Object.class).hasSize(0);
        GraphQlTester.Response after = quote(NL_CREDITOR_USER, claim);
        assertThat(text(after, "withdrawalQuote.outstandingPrincipal.amount")).isEqualTo("800.00");
        assertThat(text(after, "withdrawalQuote.fee.amount")).isEqualTo("96.00");
    }

    @Test
    void aClaimNotYetAcceptedIsWithdrawnFreeOfCharge() {
        String claim = claimOfThousand("Not Accepted", "NL");
        GraphQlTester.Response quote = quote(NL_CREDITOR_USER, claim);
        assertThat(text(quote, "withdrawalQuote.phase")).isEqualTo("SUBMITTED");
        assertThat(text(quote, "withdrawalQuote.fee.amount")).isEqualTo("0.00");
    }

    private static GraphQlTester.Response quote(String user, String claim) {
        return Api.as(user).documentName("withdrawalQuote").variable("claimId", claim).execute();
    }
}
