package org.incasso.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.testing.ClaimRequests.change;
import static org.incasso.testing.ClaimRequests.simpleSubmission;
import static org.incasso.testing.ClaimRequests.submit;
import static org.incasso.testing.DemoData.NL_ADMIN;
import static org.incasso.testing.DemoData.NL_CREDITOR_USER;
import static org.incasso.testing.DemoData.NL_OTHER_CREDITOR;
import static org.incasso.testing.DemoData.NL_SPECIALIST;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incasso.keycloak.Tokens;
import org.incasso.testing.Api;
import org.incasso.testing.ApplicationTest;
import org.incasso.testing.BrowserJourney;
import org.incasso.testing.TestStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.core.ParameterizedTypeReference;

/**
 * The creditor portal in a real browser (issue 5, "Stay informed"): the dashboard of own claims
 * with live unread counts, the claim detail with creditor-visible entries only, a message to the
 * specialist, the legal phase approved in writing, a withdrawal after the fee was shown, a payment
 * received directly reported (refusals next to their fields first); and the access rules between
 * creditor and staff pages.
 */
@ApplicationTest
class CreditorPortalJourneyTest extends BrowserJourney {


    @Test
    void aCreditorFollowsItsClaimsApprovesTheLegalPhaseInWritingAndWithdrawsAnotherClaim() {
        String legal = submit(NL_SPECIALIST, simpleSubmission("Portaal Juridisch B.V.", "NL"));
        for (String step : new String[] {"startAmicablePhase", "adviseLegalPhase", "recordCostAdvanceInvoiced",
                "proposeLegalPhase"}) {
            change(NL_SPECIALIST, step, Map.of("claimId", legal)).path(step + ".errors").entityList(Object.class).hasSize(0);
        }
        recordAction(legal, "Interne notitie: debiteur lijkt insolvent", "INTERNAL");
        recordAction(legal, "Aanmaning per post verstuurd", "CREDITOR");
        String withdrawn = submit(NL_SPECIALIST, simpleSubmission("Portaal Intrekking B.V.", "NL"));
        change(NL_SPECIALIST, "startAmicablePhase", Map.of("claimId", withdrawn))
                .path("startAmicablePhase.errors").entityList(Object.class).hasSize(0);
        String legalReference = reference(legal);
        String withdrawnReference = reference(withdrawn);

        // the creditor lands on the dashboard with its claims
        browser.open(TestStack.get().appUrl() + "/");
        browser.logInThroughKeycloak(NL_CREDITOR_USER, TestStack.PASSWORD);
        browser.waitFor(By.id("dashboard-grid"));
        browser.waitForText(legalReference);
        browser.waitForText(withdrawnReference);
        browser.waitForText("Portaal Juridisch B.V.");
        assertThat(browser.driver().getPageSource()).contains("Wacht op akkoord", "Ontvangen", "Openstaand");

        // narrowed to the one claim (other tests share the creditor), a message from the specialist
        // shows as unread on the open dashboard (server push)
        browser.waitFor(By.cssSelector("#dashboard-search input")).sendKeys(legalReference);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.getPageSource().contains(withdrawnReference));
        assertThat(browser.driver().getPageSource()).doesNotContain("1 nieuw");
        // the row's amounts: principal 1000.00 + 250.50, nothing collected yet
        assertThat(browser.driver().findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .map(cell -> cell.getText().replace('\u00a0', ' ').replace('\u202f', ' ').strip()).toList())
                .contains("€ 1.250,50", "€ 0,00");

        change(NL_SPECIALIST, "sendMessage", Map.of("claimId", legal, "text", "Wij adviseren een procedure."))
                .path("sendMessage.errors").entityList(Object.class).hasSize(0);
        browser.waitForText("1 nieuw");
        browser.screenshot("creditor-dashboard");

        // the claim: creditor-visible actions only
        browser.clickText("vaadin-grid-cell-content", legalReference);
        browser.waitFor(By.id("legal-decision"));
        browser.waitForText("Aanmaning per post verstuurd");
        assertThat(browser.driver().getPageSource()).doesNotContain("debiteur lijkt insolvent");
        browser.waitForText("Berichten (1 nieuw)");

        // reading the thread marks it read; the creditor answers
        browser.clickText("vaadin-tab", "Berichten (1 nieuw)");
        browser.waitForText("Wij adviseren een procedure.");
        browser.waitFor(By.cssSelector("#message-text textarea")).sendKeys("Akkoord, gaat u maar door.");
        browser.click(By.id("send-message"));
        browser.waitForText("Akkoord, gaat u maar door.");
        assertThat(Api.as(NL_CREDITOR_USER).documentName("claimMessages").variable("id", legal).execute()
                .path("claim.unreadMessages").entity(Integer.class).get()).isZero();

        // the legal phase, approved in writing: exactly the text shown is recorded
        String shown = browser.waitFor(By.id("legal-approval-text")).getText();
        assertThat(shown).contains(legalReference);
        browser.click(By.id("legal-agree"));
        waitUntilEnabled("legal-approve");
        browser.click(By.id("legal-approve"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id("claim-phase")).getText().equals("Gerechtelijke fase"));
        browser.screenshot("creditor-legal-approved");
        String creditorUser = (String) Tokens.claims(TestStack.get().token(NL_CREDITOR_USER)).get("sub");
        var approved = Api.as(NL_ADMIN).documentName("claimLegalApproval").variable("id", legal).execute();
        approved.path("claim.phase").entity(String.class).isEqualTo("LEGAL");
        approved.path("claim.legalApproval.text").entity(String.class).isEqualTo(shown);
        approved.path("claim.legalApproval.approvedBy").entity(String.class).isEqualTo(creditorUser);
        approved.path("claim.paid.amount").entity(String.class).isEqualTo("0.00");

        // the second claim, withdrawn after the fee was shown: 12% + 2 points (200 days overdue) of 1,250.50
        browser.open(TestStack.get().appUrl() + "/my-claims/" + withdrawn);
        browser.waitFor(By.id("report-direct-payment"));
        browser.click(By.id("withdraw-claim"));
        assertThat(browser.waitFor(By.id("withdraw-fee")).getText()).contains("175,07");
        assertThat(browser.waitFor(By.id("withdraw-explanation")).getText()).contains("14%", "1.250,50", "175,07");
        browser.screenshot("creditor-withdrawal-fee");
        browser.click(By.id("withdraw-understood"));
        waitUntilEnabled("withdraw-confirm");
        browser.click(By.id("withdraw-confirm"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id("claim-phase")).getText().equals("Gesloten"));
        assertThat(browser.driver().findElements(By.id("report-direct-payment"))).isEmpty();
        var closed = Api.as(NL_ADMIN).documentName("claimLegalApproval").variable("id", withdrawn).execute();
        closed.path("claim.phase").entity(String.class).isEqualTo("CLOSED");
        closed.path("claim.closeReason").entity(String.class).isEqualTo("WITHDRAWN");
    }

    @Test
    void aCreditorReportsAPaymentReceivedDirectlyAndSeesItInTheAmountsAndTheHistory() {
        String claim = submit(NL_SPECIALIST, simpleSubmission("Portaal Rechtstreeks B.V.", "NL"));
        change(NL_SPECIALIST, "startAmicablePhase", Map.of("claimId", claim))
                .path("startAmicablePhase.errors").entityList(Object.class).hasSize(0);
        browser.open(TestStack.get().appUrl() + "/");
        browser.logInThroughKeycloak(NL_CREDITOR_USER, TestStack.PASSWORD);
        browser.waitFor(By.id("dashboard-grid"));
        browser.open(TestStack.get().appUrl() + "/my-claims/" + claim);
        BigDecimal outstandingBefore = amountOf("claim-outstanding");
        assertThat(amountOf("claim-collected")).isZero();

        // the dialog: the claim's currency is shown, not chosen
        browser.click(By.id("report-direct-payment"));
        assertThat(browser.waitFor(By.id("payment-currency")).getText()).isEqualTo("EUR");

        // what the payments service refuses is shown next to its field; nothing is stored
        browser.type("payment-amount", "0");
        browser.click(By.id("save-payment"));
        waitForError("payment-amount", "Moet meer dan nul zijn");
        browser.type("payment-amount", "125,50");
        browser.setDate("payment-received-on", LocalDate.now().plusDays(1));
        browser.click(By.id("save-payment"));
        waitForError("payment-received-on", "Deze datum is hier niet mogelijk");
        browser.screenshot("creditor-direct-payment-refused");
        assertThat(payments(claim)).isEmpty();

        // received today, with a note; a double click still stores one payment
        browser.setDate("payment-received-on", LocalDate.now());
        browser.waitFor(By.cssSelector("#payment-note textarea")).sendKeys("Per bank op onze rekening ontvangen");
        new Actions(browser.driver()).doubleClick(browser.waitFor(By.id("save-payment"))).perform();
        browser.waitForText("Betaling gemeld");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("payment-dialog")));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> amountOf("claim-collected").compareTo(new BigDecimal("125.50")) == 0);
        assertThat(outstandingBefore.subtract(amountOf("claim-outstanding"))).isEqualByComparingTo("125.50");
        browser.waitForText("Rechtstreekse betaling gemeld");
        browser.screenshot("creditor-direct-payment-reported");
        List<Map<String, Object>> stored = payments(claim);
        assertThat(stored).singleElement().satisfies(payment -> {
            assertThat(payment.get("source")).isEqualTo("DIRECT_TO_CREDITOR");
            assertThat(payment.get("receivedOn")).isEqualTo(LocalDate.now().toString());
            assertThat(payment.get("amount")).isEqualTo(Map.of("amount", "125.50"));
        });
    }

    @Test
    void aCreditorSeesAnotherCreditorsClaimAsNotFoundAndCannotOpenTheWorkspace() {
        Map<String, Object> input = new HashMap<>(simpleSubmission("Andermans Debiteur B.V.", "NL"));
        input.put("creditorId", NL_OTHER_CREDITOR);
        String others = submit(NL_ADMIN, input);

        browser.open(TestStack.get().appUrl() + "/");
        browser.logInThroughKeycloak(NL_CREDITOR_USER, TestStack.PASSWORD);
        browser.waitFor(By.id("dashboard-grid"));
        browser.open(TestStack.get().appUrl() + "/my-claims/" + others);
        browser.waitForText("Vordering niet gevonden");
        assertThat(browser.driver().getPageSource()).doesNotContain("Andermans Debiteur B.V.");
        browser.open(TestStack.get().appUrl() + "/claims");
        browser.waitForText("Could not navigate to 'claims'");
        browser.open(TestStack.get().appUrl() + "/claims/" + others);
        browser.waitForText("Could not navigate to 'claims/" + others + "'");
    }

    @Test
    void staffCannotOpenTheCreditorPortal() {
        String claim = submit(NL_ADMIN, simpleSubmission("Personeel Debiteur B.V.", "NL"));
        browser.open(TestStack.get().appUrl() + "/");
        browser.logInThroughKeycloak(NL_SPECIALIST, TestStack.PASSWORD);
        browser.waitFor(By.id("claims-grid"));
        assertThat(browser.driver().getPageSource()).doesNotContain("Mijn vorderingen");
        browser.open(TestStack.get().appUrl() + "/dashboard");
        browser.waitForText("Could not navigate to 'dashboard'");
        browser.open(TestStack.get().appUrl() + "/my-claims/" + claim);
        browser.waitForText("Could not navigate to 'my-claims/" + claim + "'");
    }

    private void waitUntilEnabled(String id) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id(id)).getAttribute("disabled") == null);
    }

    /** Waits until the field shows exactly this error message below it. */
    private void waitForError(String id, String message) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d
                .findElements(By.cssSelector("#" + id + " [slot='error-message']")).stream()
                .anyMatch(error -> error.getText().strip().equals(message)));
    }

    /** An amount of the claim header as a number, e.g. "€ 1.234,56" → 1234.56. */
    private BigDecimal amountOf(String id) {
        String text = browser.waitFor(By.id(id)).getText();
        return new BigDecimal(text.replaceAll("[^0-9,-]", "").replace(',', '.'));
    }

    private static List<Map<String, Object>> payments(String claim) {
        return Api.as(NL_ADMIN).documentName("claimFinancials").variable("id", claim).execute()
                .path("claim.financials.payments").entityList(new ParameterizedTypeReference<Map<String, Object>>() {
                }).get();
    }

    private static void recordAction(String claim, String notes, String visibility) {
        change(NL_SPECIALIST, "recordAction", Map.of("claimId", claim, "type", "LETTER", "notes", notes,
                "visibility", visibility)).path("recordAction.errors").entityList(Object.class).hasSize(0);
    }

    private static String reference(String claim) {
        return Api.as(NL_ADMIN).documentName("claim").variable("id", claim).execute()
                .path("claim.reference").entity(String.class).get();
    }
}
