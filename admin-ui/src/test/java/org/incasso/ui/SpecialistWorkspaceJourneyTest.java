package org.incasso.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.testing.ClaimRequests.*;
import static org.incasso.testing.DemoData.*;

import java.util.Map;
import org.incasso.keycloak.Tokens;
import org.incasso.testing.Api;
import org.incasso.testing.ApplicationTest;
import org.incasso.testing.Browser;
import org.incasso.testing.BrowserJourney;
import org.incasso.testing.TestStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The specialist workspace in a real browser: "my claims", the claim detail, a lifecycle button,
 * and the open claim refreshing itself when a change arrives through the API (server push).
 */
@ApplicationTest
class SpecialistWorkspaceJourneyTest extends BrowserJourney {


    @Test
    void aSpecialistWorksAnAssignedClaimAndSeesChangesFromElsewhereLive() {
        String specialist = (String) Tokens.claims(TestStack.get().token(NL_SPECIALIST)).get("sub");
        String claim = submit(NL_ADMIN, simpleSubmission("Werkplaats B.V.", "NL"));
        change(NL_ADMIN, "assignSpecialist", Map.of("claimId", claim, "specialistId", specialist))
                .path("assignSpecialist.errors").entityList(Object.class).hasSize(0);
        String reference = Api.as(NL_ADMIN).documentName("claim").variable("id", claim).execute()
                .path("claim.reference").entity(String.class).get();

        browser.open(TestStack.get().appUrl() + "/");
        browser.logInThroughKeycloak(NL_SPECIALIST, TestStack.PASSWORD);
        browser.waitFor(By.id("claims-grid"));
        browser.waitForText(reference);
        browser.open(TestStack.get().appUrl() + "/claims/" + claim);
        browser.waitForText("Werkplaats B.V.");
        assertThat(browser.waitFor(By.id("claim-phase")).getText()).isEqualTo("Ingediend");

        browser.click(By.id("action-transition-START_AMICABLE"));
        browser.waitForText("Minnelijke fase");
        assertThat(browser.driver().getPageSource()).contains("Fase gewijzigd");

        // a change made through the API while the page is open appears without a reload
        change(NL_ADMIN, "flagDispute", Map.of("claimId", claim, "reason", "Levering onvolledig"))
                .path("flagDispute.errors").entityList(Object.class).hasSize(0);
        browser.waitForText("Levering onvolledig");
        browser.waitForText("Betwisting vastgelegd");
        browser.screenshot("specialist-claim-detail");

        // log an action through the dialog; it shows in the actions tab and on the timeline
        browser.clickText("vaadin-tab", "Acties");
        browser.click(By.id("log-action"));
        browser.chooseInComboBox(By.id("action-type"), "Telefoongesprek");
        browser.waitFor(By.cssSelector("#action-notes textarea")).sendKeys("Debiteur belooft te betalen");
        browser.click(By.id("save-action"));
        browser.waitForText("Debiteur belooft te betalen");
        browser.waitForText("Actie vastgelegd");

        // upload a document through the upload field: the content decides its type
        browser.clickText("vaadin-tab", "Documenten");
        browser.upload(By.id("document-upload"), "factuur.pdf", org.incasso.testing.Browser.MINIMAL_PDF);
        browser.waitForText("factuur.pdf");
        browser.waitForText("application/pdf");
        browser.screenshot("specialist-claim-documents");

        // register a payment through the dialog; the financial summary shows it with its explanation
        browser.clickText("vaadin-tab", "Financieel");
        browser.click(By.id("register-payment"));
        browser.waitFor(By.cssSelector("#payment-amount input")).sendKeys("100.00");
        browser.click(By.id("save-payment"));
        browser.waitForText("Betaling ontvangen");
        browser.waitFor(By.id("financials-figures"));
        browser.waitForText("100,00");
        browser.screenshot("specialist-claim-financials");
    }
}
