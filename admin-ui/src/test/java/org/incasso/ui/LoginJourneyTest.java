package org.incasso.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.testing.DemoData.*;

import org.incasso.testing.ApplicationTest;
import org.incasso.testing.BrowserJourney;
import org.incasso.testing.TestStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A real browser logs in through the Keycloak login page (OIDC, PKCE) and uses the UI; logout
 * goes through Keycloak too. Chromium is a prerequisite of the test command, installed by .ci/run.
 */
@ApplicationTest
class LoginJourneyTest extends BrowserJourney {


    @Test
    void aSpecialistLogsInThroughKeycloakAndSeesTheCreditorsOfItsAgencyOnly() {
        browser.open(TestStack.get().appUrl() + "/");
        browser.logInThroughKeycloak(NL_SPECIALIST, TestStack.PASSWORD);
        browser.waitFor(By.id("claims-grid"));
        browser.open(TestStack.get().appUrl() + "/creditors");
        browser.waitFor(By.id("company-grid"));
        browser.waitForText("Bakkerij De Gouden Korst B.V.");
        browser.screenshot("specialist-creditors");
        assertThat(browser.driver().getPageSource())
                .contains("Houthandel Noord B.V.", "Incasso Nederland B.V.", "Opdrachtgevers")
                .doesNotContain("Thames Tools Ltd");

        browser.click(By.id("logout"));
        browser.waitForText("uitgelogd");
        browser.open(TestStack.get().appUrl() + "/creditors");
        browser.waitFor(By.id("username"));
    }

    @Test
    void aCreditorUserSeesItsOwnCompanyAndNoCreditorsList() {
        browser.open(TestStack.get().appUrl() + "/");
        browser.logInThroughKeycloak(NL_CREDITOR_USER, TestStack.PASSWORD);
        browser.waitFor(By.id("dashboard-grid"));
        browser.open(TestStack.get().appUrl() + "/my-company");
        browser.waitFor(By.id("field-bankAccount-iban"));
        browser.screenshot("creditor-my-company");
        assertThat(browser.driver().getPageSource()).contains("Mijn bedrijf").doesNotContain("Debiteuren");
        browser.open(TestStack.get().appUrl() + "/creditors");
        browser.waitForText("Could not navigate to 'creditors'");
        assertThat(browser.driver().getPageSource()).doesNotContain("Houthandel Noord B.V.");
    }
}
