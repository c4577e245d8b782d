package org.incasso.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.testing.ClaimRequests.*;
import static org.incasso.testing.DemoData.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.incasso.testing.Api;
import org.incasso.testing.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Claim intake, reading and access per role and across tenants, with real Keycloak tokens. */
@ApplicationTest
class ClaimsApiTest {

    @Test
    void aSpecialistSubmitsAClaimWithAnInlineDebtorAndTwoInvoices() {
        GraphQlTester.Response response = Api.as(NL_SPECIALIST).documentName("submitClaim")
                .variable("input", simpleSubmission("Intake Test B.V.", "NL")).execute();
        response.path("submitClaim.errors").entityList(Object.class).hasSize(0)
                .path("submitClaim.claim.phase").entity(String.class).isEqualTo("SUBMITTED")
                .path("submitClaim.claim.principal.amount").entity(String.class).isEqualTo("1250.50")
                .path("submitClaim.claim.principal.currency").entity(String.class).isEqualTo("EUR")
                .path("submitClaim.claim.creditor.id").entity(String.class).isEqualTo(NL_CREDITOR)
                .path("submitClaim.claim.debtor.name").entity(String.class).isEqualTo("Intake Test B.V.")
                .path("submitClaim.claim.invoices").entityList(Object.class).hasSize(2)
                .path("submitClaim.claim.events[0].type").entity(String.class).isEqualTo("CLAIM_SUBMITTED");
        assertThat(response.path("submitClaim.claim.reference").entity(String.class).get())
                .matches(LocalDate.now().getYear() + "-\\d{6}");
    }

    @Test
    void aCreditorSubmitsForItsOwnCreditorOnlyAndSeesOnlyItsOwnClaims() {
        Map<String, Object> own = simpleSubmission("Own Debtor B.V.", "NL");
        own.remove("creditorId");
        String ownClaim = submit(NL_CREDITOR_USER, own);

        Map<String, Object> forOther = simpleSubmission("Other Debtor B.V.", "NL");
        forOther.put("creditorId", NL_OTHER_CREDITOR);
        Api.as(NL_CREDITOR_USER).documentName("submitClaim").variable("input", forOther).execute()
                .path("submitClaim.errors[0].field").entity(String.class).isEqualTo("creditorId")
                .path("submitClaim.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");

        Map<String, Object> otherCreditors = simpleSubmission("Someone Else's Debtor", "NL");
        otherCreditors.put("creditorId", NL_OTHER_CREDITOR);
        String otherClaim = submit(NL_ADMIN, otherCreditors);

        Api.as(NL_CREDITOR_USER).documentName("claim").variable("id", ownClaim).execute()
                .path("claim.creditor.id").entity(String.class).isEqualTo(NL_CREDITOR);
        Api.as(NL_CREDITOR_USER).documentName("claim").variable("id", otherClaim).execute().path("claim").valueIsNull();
        List<String> listed = Api.as(NL_CREDITOR_USER).documentName("claims").variable("first", 200).execute()
                .path("claims.edges[*].node.id").entityList(String.class).get();
        assertThat(listed).contains(ownClaim).doesNotContain(otherClaim);
    }

    @Test
    void anotherTenantNeitherSeesNorChangesAClaim() {
        String claim = submit(NL_ADMIN, simpleSubmission("Cross Tenant B.V.", "NL"));
        Api.as(UK_ADMIN).documentName("claim").variable("id", claim).execute().path("claim").valueIsNull();
        assertThat(Api.as(UK_ADMIN).documentName("claims").variable("first", 200).execute()
                .path("claims.edges[*].node.id").entityList(String.class).get()).doesNotContain(claim);
        change(UK_ADMIN, "startAmicablePhase", Map.of("claimId", claim))
                .path("startAmicablePhase.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        change(UK_ADMIN, "flagDispute", Map.of("claimId", claim, "reason", "cross-tenant"))
                .path("flagDispute.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        Api.as(NL_ADMIN).documentName("claim").variable("id", claim).execute()
                .path("claim.phase").entity(String.class).isEqualTo("SUBMITTED")
                .path("claim.disputed").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void aSubmissionNamingAnotherTenantsDebtorIsRefused() {
        Map<String, Object> input = simpleSubmission("unused", "NL");
        input.remove("debtor");
        input.put("debtorId", UK_DEBTOR);
        Api.as(NL_ADMIN).documentName("submitClaim").variable("input", input).execute()
                .path("submitClaim.errors[0].field").entity(String.class).isEqualTo("debtorId")
                .path("submitClaim.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        input.put("debtorId", UUID.randomUUID().toString());
        Api.as(NL_ADMIN).documentName("submitClaim").variable("input", input).execute()
                .path("submitClaim.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
    }

    @Test
    void badInvoicesAreRefusedFieldByFieldAndNothingIsStored() {
        String debtor = "Refused Debtor " + UUID.randomUUID();
        LocalDate due = LocalDate.now().minusDays(10);
        Map<String, Object> dueBeforeInvoice = invoice("D-3", "10.00", "EUR", due);
        dueBeforeInvoice.put("invoiceDate", due.plusDays(1).toString());
        Map<String, Object> input = submission(debtor, "NL", List.of(
                invoice("D-1", "-5.00", "EUR", due), invoice("D-2", "10.005", "EUR", due), dueBeforeInvoice,
                invoice("D-4", "0", "EUR", due), invoice("D-5", "12.00", "XXY", due)));
        GraphQlTester.Response response = Api.as(NL_ADMIN).documentName("submitClaim").variable("input", input).execute();
        response.path("submitClaim.claim").valueIsNull();
        assertThat(response.path("submitClaim.errors[*].field").entityList(String.class).get()).containsExactlyInAnyOrder(
                "invoices[0].amount.amount", "invoices[1].amount.amount", "invoices[2].dueDate",
                "invoices[3].amount.amount", "invoices[4].amount.currency");
        assertThat(response.path("submitClaim.errors[*].code").entityList(String.class).get()).containsExactlyInAnyOrder(
                "NOT_POSITIVE", "TOO_MANY_DECIMALS", "INVALID_DATE", "NOT_POSITIVE", "UNKNOWN_CURRENCY");

        Map<String, Object> mixed = submission(debtor, "NL", List.of(invoice("M-1", "10.00", "EUR", due),
                invoice("M-2", "10.00", "GBP", due)));
        Api.as(NL_ADMIN).documentName("submitClaim").variable("input", mixed).execute()
                .path("submitClaim.errors[0].field").entity(String.class).isEqualTo("invoices[1].amount.currency")
                .path("submitClaim.errors[0].code").entity(String.class).isEqualTo("CURRENCY_MISMATCH");

        Map<String, Object> none = submission(debtor, "NL", List.of());
        Api.as(NL_ADMIN).documentName("submitClaim").variable("input", none).execute()
                .path("submitClaim.errors[0].field").entity(String.class).isEqualTo("invoices");

        Api.as(NL_ADMIN).documentName("claims").variable("filter", Map.of("text", debtor)).execute()
                .path("claims.totalCount").entity(Integer.class).isEqualTo(0);
        Api.as(NL_ADMIN).documentName("debtors").variable("filter", Map.of("name", debtor)).execute()
                .path("debtors.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void theSameInvoiceNumberTwiceForOneCreditorAndDebtorIsRefused() {
        String number = "DUP-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> first = submission("ignored", "NL",
                List.of(invoice(number, "100.00", "EUR", LocalDate.now().minusDays(5))));
        first.remove("debtor");
        first.put("debtorId", NL_DEBTOR);
        submit(NL_ADMIN, first);
        Api.as(NL_SPECIALIST).documentName("submitClaim").variable("input", first).execute()
                .path("submitClaim.errors[0].field").entity(String.class).isEqualTo("invoices[0].number")
                .path("submitClaim.errors[0].code").entity(String.class).isEqualTo("DUPLICATE");
    }

    @Test
    void partnersSeeOnlyAssignedClaimsAndNoInternalEvents() {
        String claim = submit(NL_ADMIN, simpleSubmission("Partner Case GmbH", "DE"));
        Api.as(NL_PARTNER).documentName("claim").variable("id", claim).execute().path("claim").valueIsNull();
        change(NL_SPECIALIST, "assignPartner", Map.of("claimId", claim, "partnerId", "a0000000-0000-4000-8000-000000000101"))
                .path("assignPartner.errors").entityList(Object.class).hasSize(0);
        List<String> partnerSees = Api.as(NL_PARTNER).documentName("claim").variable("id", claim).execute()
                .path("claim.events[*].type").entityList(String.class).get();
        assertThat(partnerSees).contains("CLAIM_SUBMITTED").doesNotContain("PARTNER_ASSIGNED");
        List<String> staffSees = Api.as(NL_SPECIALIST).documentName("claim").variable("id", claim).execute()
                .path("claim.events[*].type").entityList(String.class).get();
        assertThat(staffSees).contains("CLAIM_SUBMITTED", "PARTNER_ASSIGNED");
        assertThat(Api.as(NL_PARTNER).documentName("claims").variable("first", 200).execute()
                .path("claims.edges[*].node.id").entityList(String.class).get()).contains(claim);
        Api.as(UK_ADMIN).documentName("claims").variable("filter", Map.of("partnerId", "a0000000-0000-4000-8000-000000000101"))
                .execute().path("claims.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void wrongRolesAreForbidden() {
        String claim = submit(NL_ADMIN, simpleSubmission("Roles B.V.", "NL"));
        assertForbidden(change(NL_CREDITOR_USER, "startAmicablePhase", Map.of("claimId", claim)));
        assertForbidden(change(NL_CREDITOR_USER, "assignPartner", Map.of("claimId", claim)));
        assertForbidden(change(NL_PARTNER, "flagDispute", Map.of("claimId", claim, "reason", "x")));
        assertForbidden(Api.as(NL_PARTNER).documentName("submitClaim")
                .variable("input", simpleSubmission("Partner Intake", "NL")).execute());
        assertForbidden(change(NL_SPECIALIST, "approveLegalPhase", Map.of("claimId", claim, "text", "I approve")));
    }

    @Test
    void claimsAreFilteredAndPaged() {
        String marker = "Filter " + UUID.randomUUID().toString().substring(0, 8);
        String nl = submit(NL_ADMIN, simpleSubmission(marker + " NL", "NL"));
        String be = submit(NL_ADMIN, simpleSubmission(marker + " BE", "BE"));
        Api.as(NL_ADMIN).documentName("claims").variable("filter", Map.of("text", marker)).execute()
                .path("claims.totalCount").entity(Integer.class).isEqualTo(2);
        Api.as(NL_ADMIN).documentName("claims").variable("filter", Map.of("text", marker, "debtorCountry", "BE")).execute()
                .path("claims.edges[*].node.id").entityList(String.class).containsExactly(be);
        Api.as(NL_ADMIN).documentName("claims").variable("filter", Map.of("text", marker, "minPrincipal", "1250.50",
                "maxPrincipal", "1250.50", "minDaysOverdue", 199, "phases", List.of("SUBMITTED"), "disputed", false))
                .execute().path("claims.totalCount").entity(Integer.class).isEqualTo(2);
        Api.as(NL_ADMIN).documentName("claims").variable("filter", Map.of("text", marker, "minDaysOverdue", 201))
                .execute().path("claims.totalCount").entity(Integer.class).isEqualTo(0);
        GraphQlTester.Response page = Api.as(NL_ADMIN).documentName("claims").variable("first", 1)
                .variable("filter", Map.of("text", marker)).execute();
        page.path("claims.edges[0].node.id").entity(String.class).isEqualTo(be);
        String cursor = page.path("claims.pageInfo.endCursor").entity(String.class).get();
        Api.as(NL_ADMIN).documentName("claims").variable("first", 1).variable("after", cursor)
                .variable("filter", Map.of("text", marker)).execute()
                .path("claims.edges[0].node.id").entity(String.class).isEqualTo(nl)
                .path("claims.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    static void assertForbidden(GraphQlTester.Response response) {
        response.errors().satisfy(errors -> assertThat(errors).isNotEmpty().allSatisfy(
                error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
    }
}
