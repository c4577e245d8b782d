package org.incasso.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.payments.PaymentFixtures.*;
import static org.incasso.testing.DemoData.*;

import java.math.BigDecimal;
import java.util.List;
import org.incasso.testing.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Claim financials after payments, figures computed by hand. The statutory rate in force over the
 * last 40 days is 10.15% (since 2025-07-01); daily interest = base × rate / 100 / 365.
 */
@ApplicationTest
class FinancialsApiTest {

    @Test
    void aPaymentCoveringOnlyCostsGoesToCostsAndOnADomesticClaimToTheCreditor() {
        String claim = claimOfThousand("Costs Only", "NL");
        BigDecimal costs = costsOfThousand(claim);

        GraphQlTester.Response paid = register(NL_SPECIALIST, payment(claim, "100.00"));
        paid.path("registerPayment.errors").entityList(Object.class).hasSize(0);
        // art. 6:44 BW: 100.00 ≤ costs (150.00 or 181.50) → all to costs
        assertThat(text(paid, "registerPayment.payment.allocation.costs.amount")).isEqualTo("100.00");
        assertThat(text(paid, "registerPayment.payment.allocation.interest.amount")).isEqualTo("0.00");
        assertThat(text(paid, "registerPayment.payment.allocation.principal.amount")).isEqualTo("0.00");
        // domestic, costs collected → flat fee 15% of collected principal 0.00 = 0.00; all 100.00 to the creditor
        assertThat(text(paid, "registerPayment.payment.agencyFee.amount")).isEqualTo("0.00");
        assertThat(text(paid, "registerPayment.payment.creditorShare.amount")).isEqualTo("100.00");

        GraphQlTester.Response f = financials(NL_CREDITOR_USER, claim);
        assertThat(text(f, "claim.financials.principal.amount.amount")).isEqualTo("1000.00");
        assertThat(text(f, "claim.financials.collectionCosts.regime")).isEqualTo("DUTCH_SCALE");
        assertThat(text(f, "claim.financials.collectionCosts.costs.amount")).isEqualTo("150.00");
        assertThat(amount(f, "claim.financials.collectionCosts.total.amount")).isEqualByComparingTo(costs);
        assertThat(text(f, "claim.financials.paid.costs.amount")).isEqualTo("100.00");
        assertThat(text(f, "claim.financials.paid.total.amount")).isEqualTo("100.00");
        assertThat(amount(f, "claim.financials.outstanding.costs.amount"))
                .isEqualByComparingTo(costs.subtract(new BigDecimal("100.00")));
        assertThat(text(f, "claim.financials.outstanding.principal.amount")).isEqualTo("1000.00");
        assertThat(text(f, "claim.financials.agencyFee.amount.amount")).isEqualTo("0.00");
        assertThat(text(f, "claim.financials.dueToCreditor.amount.amount")).isEqualTo("100.00");
        // interest: 40 days (DUE+1 .. today) × 1,000.00 × 10.15 / 36,500 = 11.1233 → 11.12, one period
        assertThat(text(f, "claim.financials.interest.total.amount")).isEqualTo("11.12");
        f.path("claim.financials.interest.invoices[0].periods").entityList(Object.class).hasSize(1);
        assertThat(text(f, "claim.financials.interest.invoices[0].periods[0].from")).isEqualTo(DUE.plusDays(1).toString());
        assertThat(text(f, "claim.financials.interest.invoices[0].periods[0].to")).isEqualTo(TODAY.toString());
        assertThat(f.path("claim.financials.interest.invoices[0].periods[0].days").entity(Integer.class).get()).isEqualTo(40);
        assertThat(text(f, "claim.financials.interest.invoices[0].periods[0].base.amount")).isEqualTo("1000.00");
        assertThat(text(f, "claim.financials.interest.invoices[0].periods[0].ratePercent")).isEqualTo("10.15");
        assertThat(text(f, "claim.financials.interest.invoices[0].periods[0].interest.amount")).isEqualTo("11.12");
        // outstanding = (costs − 100.00) + 11.12 + 1,000.00; Claim.paid/outstanding use the same figures
        BigDecimal outstanding = costs.subtract(new BigDecimal("100.00")).add(new BigDecimal("1011.12"));
        assertThat(amount(f, "claim.financials.outstanding.total.amount")).isEqualByComparingTo(outstanding);
        assertThat(amount(f, "claim.outstanding.amount")).isEqualByComparingTo(outstanding);
        assertThat(text(f, "claim.paid.amount")).isEqualTo("100.00");
        // every figure is explained
        for (String explained : List.of("principal.explanation", "interest.explanation", "collectionCosts.explanation",
                "paidExplanation", "outstandingExplanation", "agencyFee.explanation", "dueToCreditor.explanation")) {
            f.path("claim.financials." + explained).entityList(Object.class).hasSizeGreaterThan(0);
        }
        assertThat(f.path("claim.events[*].type").entityList(String.class).get()).contains("PAYMENT_REGISTERED");
    }

    @Test
    void aPartialPaymentIsAllocatedToCostsThenInterestThenPrincipal() {
        String claim = claimOfThousand("Partial", "NL");
        BigDecimal costs = costsOfThousand(claim);
        // interest at the start of today: 39 days × 1,000.00 × 10.15 / 36,500 = 10.8452 → 10.85
        BigDecimal payment = costs.add(new BigDecimal("10.85")).add(new BigDecimal("200.00"));

        GraphQlTester.Response paid = register(NL_ADMIN, payment(claim, payment.toPlainString()));
        paid.path("registerPayment.errors").entityList(Object.class).hasSize(0);
        assertThat(amount(paid, "registerPayment.payment.allocation.costs.amount")).isEqualByComparingTo(costs);
        assertThat(text(paid, "registerPayment.payment.allocation.interest.amount")).isEqualTo("10.85");
        assertThat(text(paid, "registerPayment.payment.allocation.principal.amount")).isEqualTo("200.00");
        // domestic with interest and costs collected: flat fee 15% × 200.00 = 30.00; the rest to the creditor
        assertThat(text(paid, "registerPayment.payment.agencyFee.amount")).isEqualTo("30.00");
        assertThat(amount(paid, "registerPayment.payment.creditorShare.amount"))
                .isEqualByComparingTo(payment.subtract(new BigDecimal("30.00")));

        GraphQlTester.Response f = financials(NL_ADMIN, claim);
        // today's interest on the remaining 800.00: 800.00 × 10.15 / 36,500 = 0.2225 → 0.22
        assertThat(text(f, "claim.financials.outstanding.costs.amount")).isEqualTo("0.00");
        assertThat(text(f, "claim.financials.outstanding.interest.amount")).isEqualTo("0.22");
        assertThat(text(f, "claim.financials.outstanding.principal.amount")).isEqualTo("800.00");
        assertThat(text(f, "claim.financials.outstanding.total.amount")).isEqualTo("800.22");
        // interest to date = paid 10.85 + outstanding 0.22
        assertThat(text(f, "claim.financials.interest.total.amount")).isEqualTo("11.07");
        assertThat(text(f, "claim.financials.agencyFee.amount.amount")).isEqualTo("30.00");
        assertThat(amount(f, "claim.financials.dueToCreditor.amount.amount"))
                .isEqualByComparingTo(payment.subtract(new BigDecimal("30.00")));
    }

    @Test
    void aDirectPaymentOwesTheAgencyItsShare() {
        String claim = claimOfThousand("Direct", "NL");
        BigDecimal costs = costsOfThousand(claim);
        BigDecimal payment = costs.add(new BigDecimal("10.85")).add(new BigDecimal("200.00"));

        GraphQlTester.Response reported = reportDirect(NL_CREDITOR_USER, payment(claim, payment.toPlainString()));
        reported.path("reportDirectPayment.errors").entityList(Object.class).hasSize(0);
        assertThat(text(reported, "reportDirectPayment.payment.source")).isEqualTo("DIRECT_TO_CREDITOR");

        GraphQlTester.Response f = financials(NL_CREDITOR_USER, claim);
        // commission-liable: flat fee 15% × 200.00 = 30.00, which the creditor owes the agency
        assertThat(text(f, "claim.financials.agencyFee.amount.amount")).isEqualTo("30.00");
        assertThat(text(f, "claim.financials.dueToCreditor.amount.amount")).isEqualTo("-30.00");
        assertThat(f.path("claim.events[*].type").entityList(String.class).get()).contains("DIRECT_PAYMENT_REPORTED");
    }

    @Test
    void anExportClaimLeavesInterestAndCostsWithTheAgency() {
        // debtor in Germany: EU minimum costs of EUR 40.00 (+ 21% VAT = 8.40 if the creditor cannot deduct)
        String claim = claimOfThousand("Export", "DE");
        GraphQlTester.Response f = financials(NL_ADMIN, claim);
        assertThat(text(f, "claim.financials.collectionCosts.regime")).isEqualTo("EU_MINIMUM");
        assertThat(text(f, "claim.financials.collectionCosts.costs.amount")).isEqualTo("40.00");

        register(NL_ADMIN, payment(claim, "30.00")).path("registerPayment.errors").entityList(Object.class).hasSize(0);
        GraphQlTester.Response after = financials(NL_ADMIN, claim);
        // 30.00 all to costs; export claim: the agency keeps collected costs, no commission on them
        assertThat(text(after, "claim.financials.retainedByAgency.amount")).isEqualTo("30.00");
        assertThat(text(after, "claim.financials.agencyFee.amount.amount")).isEqualTo("0.00");
        assertThat(text(after, "claim.financials.dueToCreditor.amount.amount")).isEqualTo("0.00");
    }

    @Test
    void otherTenantsSeeNoFinancials() {
        String claim = claimOfThousand("Hidden", "NL");
        financials(UK_ADMIN, claim).path("claim").valueIsNull();
    }
}
