package org.incasso.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.testing.ClaimRequests.change;
import static org.incasso.testing.DemoData.NL_CREDITOR_USER;
import static org.incasso.testing.DemoData.NL_SPECIALIST;
import static org.incasso.testing.Mails.body;
import static org.incasso.testing.Mails.subject;
import static org.incasso.testing.Mails.to;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.incasso.keycloak.Tokens;
import org.incasso.testing.Api;
import org.incasso.testing.ApplicationTest;
import org.incasso.testing.Browser;
import org.incasso.testing.BrowserJourney;
import org.incasso.testing.TestStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The creditor journey of the source page in a real browser (issue 5): a free quote, the claim
 * handed over with two invoices and a PDF, the account created on the way and the creditor
 * landing logged in on its dashboard; logging out and in again through Keycloak; a specialist's
 * creditor-visible action arriving by e-mail (GreenMail) and on the claim's timeline. And a
 * visitor whose e-mail has an account logs in halfway without losing the claim entered.
 */
@ApplicationTest
class ClaimSubmissionJourneyTest extends BrowserJourney {

    private static final String PASSWORD = "Wizard-2026!";

    @Test
    void aVisitorGetsAQuoteSubmitsTheClaimWithAnAccountAndFollowsIt() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String company = "Wizard Klant " + suffix + " B.V.";
        String debtor = "Wizard Debiteur " + suffix + " B.V.";
        String email = "wizard-" + suffix + "@example.com";

        // step 1: the free quote, then "submit your claim"
        browser.open(TestStack.get().appUrl() + "/quote");
        browser.waitForText("Stap 1 - Ontvang een gratis offerte");
        typeCompany("creditor", company, "Herengracht 10", "1015 BN", "Amsterdam");
        typeCompany("debtor", debtor, "Oudegracht 5", "3511 AB", "Utrecht");
        browser.type("amount", "1500.00");
        browser.setDate("due-date", LocalDate.now().minusDays(100));
        browser.click(By.id("calculate"));
        browser.waitFor(By.id("quote-rate"));
        browser.click(By.id("submit-claim"));

        // step 2: your details, carried over from the quote; a bad IBAN is refused next to the field
        browser.waitForText("Stap 2 - Dien uw vordering in");
        assertThat(inputValue("creditor-name")).isEqualTo(company);
        assertThat(inputValue("creditor-city")).isEqualTo("Amsterdam");
        browser.type("contact-name", "Wim Wizard");
        browser.type("contact-phone", "+31 20 555 0101");
        browser.type("contact-email", email);
        browser.type("iban", "NL00 BANK 1234");
        browser.click(By.id("wizard-next"));
        assertInvalid("iban", "Vul een geldig IBAN in");
        browser.type("iban", "NL91 ABNA 0417 1643 00");
        browser.click(By.id("wizard-next"));

        // the debtor, carried over too
        browser.waitFor(By.id("debtor-contact-name"));
        assertThat(inputValue("debtor-name")).isEqualTo(debtor);
        assertThat(inputValue("debtor-street")).isEqualTo("Oudegracht 5");
        browser.click(By.id("wizard-next"));

        // two invoices; the amount and due date of the quote are in the first
        browser.waitFor(By.id("invoice-number-0"));
        assertThat(inputValue("invoice-amount-0")).isEqualTo("1500.00");
        browser.type("invoice-number-0", "WZ-" + suffix + "-1");
        browser.setDate("invoice-date-0", LocalDate.now().minusDays(130));
        browser.click(By.id("add-invoice"));
        browser.type("invoice-number-1", "WZ-" + suffix + "-2");
        browser.setDate("invoice-date-1", LocalDate.now().minusDays(80));
        browser.setDate("invoice-due-date-1", LocalDate.now().minusDays(50));
        browser.type("invoice-amount-1", "0");
        browser.click(By.id("wizard-next"));
        assertInvalid("invoice-amount-1", "Moet meer dan nul zijn");
        browser.type("invoice-amount-1", "750,50");
        browser.click(By.id("wizard-next"));

        // a PDF, dropped in the upload field
        browser.upload(By.id("wizard-upload"), "factuur-" + suffix + ".pdf", Browser.MINIMAL_PDF);
        browser.waitForText("factuur-" + suffix + ".pdf");
        browser.click(By.id("wizard-next"));

        // the account: the contact's e-mail is suggested; the passwords must match
        browser.waitFor(By.id("account-password"));
        assertThat(inputValue("account-email")).isEqualTo(email);
        browser.type("account-password", PASSWORD);
        browser.type("account-password-repeat", PASSWORD + "x");
        browser.click(By.id("wizard-next"));
        assertInvalid("account-password-repeat", "De wachtwoorden verschillen");
        browser.type("account-password-repeat", PASSWORD);
        browser.click(By.id("wizard-next"));

        // review with the quote, and submit
        browser.waitForText("Facturen: 2");
        assertThat(textOf("wizard-summary")).contains("Facturen: 2, samen € 2.250,50", "Documenten: 1");
        browser.waitFor(By.id("quote-rate"));
        browser.screenshot("claim-wizard-review");
        browser.click(By.id("wizard-submit"));

        // logged in on the dashboard with the claim
        browser.waitFor(By.id("dashboard-grid"));
        browser.waitForText(debtor);
        browser.screenshot("claim-wizard-dashboard");

        // log out, log in again through Keycloak: the claim is there
        browser.click(By.id("logout"));
        browser.waitForText("uitgelogd");
        browser.open(TestStack.get().appUrl() + "/dashboard");
        browser.logInThroughKeycloak(email, PASSWORD);
        browser.waitFor(By.id("dashboard-grid"));
        browser.waitForText(debtor);

        // a specialist records a creditor-visible action: an e-mail and a timeline entry
        String token = Tokens.passwordGrant(TestStack.get().issuerUri(), TestStack.GRAPHQL_CLIENT, email, PASSWORD);
        var claims = Api.withToken(token).documentName("claims").variable("first", 10).execute();
        List<String> ids = claims.path("claims.edges[*].node.id").entityList(String.class).get();
        assertThat(ids).hasSize(1);
        String reference = claims.path("claims.edges[0].node.reference").entity(String.class).get();
        // the creditor has its claim open when the action is recorded: the entry arrives without a reload
        browser.clickText("vaadin-grid-cell-content", reference);
        browser.waitFor(By.id("claim-phase"));
        assertThat(browser.driver().getPageSource()).doesNotContain("Eerste sommatie verstuurd");
        change(NL_SPECIALIST, "recordAction", Map.of("claimId", ids.getFirst(), "type", "LETTER",
                "notes", "Eerste sommatie verstuurd", "visibility", "CREDITOR"))
                .path("recordAction.errors").entityList(Object.class).hasSize(0);
        browser.waitForText("Eerste sommatie verstuurd");
        List<MimeMessage> mails = TestStack.get().mail().await(message -> to(message, email)
                && subject(message).contains(reference) && body(message).contains("incassostap"), 1, Duration.ofSeconds(30));
        assertThat(mails).isNotEmpty();
        browser.clickText("vaadin-tab", "Documenten");
        browser.waitForText("factuur-" + suffix + ".pdf");
        browser.clickText("vaadin-tab", "Facturen");
        browser.waitForText("WZ-" + suffix + "-2");
    }

    @Test
    void aVisitorWithAnAccountLogsInHalfwayAndKeepsTheClaimEntered() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String debtor = "Bestaand Debiteur " + suffix + " B.V.";

        browser.open(TestStack.get().appUrl() + "/claim/new");
        browser.waitForText("Stap 2 - Dien uw vordering in");
        typeCompany("creditor", "Bestaande Klant B.V.", "Dam 1", "1012 JS", "Amsterdam");
        browser.type("contact-name", "Cor de Schuldeiser");
        browser.type("contact-email", NL_CREDITOR_USER);
        browser.type("iban", "NL91 ABNA 0417 1643 00");
        browser.click(By.id("wizard-next"));
        browser.waitFor(By.id("debtor-contact-name"));
        typeCompany("debtor", debtor, "Markt 1", "5611 EB", "Eindhoven");
        browser.click(By.id("wizard-next"));
        browser.type("invoice-number-0", "BK-" + suffix);
        browser.setDate("invoice-date-0", LocalDate.now().minusDays(90));
        browser.setDate("invoice-due-date-0", LocalDate.now().minusDays(60));
        browser.type("invoice-amount-0", "980.00");
        browser.click(By.id("wizard-next"));
        browser.waitFor(By.id("wizard-upload"));
        browser.click(By.id("wizard-next"));
        browser.type("account-password", PASSWORD);
        browser.type("account-password-repeat", PASSWORD);
        browser.click(By.id("wizard-next"));
        browser.waitFor(By.id("wizard-summary"));
        browser.click(By.id("wizard-submit"));

        // the e-mail has an account: asked to log in, next to the field
        browser.waitFor(By.id("log-in-instead-panel"));
        assertInvalid("account-email", "Er bestaat al een account met dit e-mailadres");
        browser.click(By.id("log-in-instead"));
        browser.logInThroughKeycloak(NL_CREDITOR_USER, TestStack.PASSWORD);

        // back in the wizard as the creditor, with the debtor and invoice entered before
        browser.waitFor(By.id("creditor-known-name"));
        browser.click(By.id("wizard-next"));
        assertThat(inputValue("debtor-name")).isEqualTo(debtor);
        browser.click(By.id("wizard-next"));
        assertThat(inputValue("invoice-number-0")).isEqualTo("BK-" + suffix);
        browser.click(By.id("wizard-next"));
        browser.click(By.id("wizard-next"));
        browser.waitForText("Facturen: 1");
        assertThat(textOf("wizard-summary")).contains("Facturen: 1, samen € 980,00");
        browser.click(By.id("wizard-submit"));

        browser.waitFor(By.id("dashboard-grid"));
        browser.waitForText(debtor);
        // the dashboard's "new claim" opens the same wizard, for the creditor's own company
        browser.click(By.id("new-claim"));
        String ownCompany = Api.as(NL_CREDITOR_USER).documentName("myCreditor").execute()
                .path("myCreditor.name").entity(String.class).get();
        assertThat(browser.waitFor(By.id("creditor-known-name")).getText()).isEqualTo(ownCompany);
    }

    @Test
    void everyRefusedFieldIsShownNextToItsInput() {
        browser.open(TestStack.get().appUrl() + "/claim/new");
        browser.waitForText("Stap 2 - Dien uw vordering in");
        browser.type("contact-email", "geen-mail");
        browser.type("contact-phone", "bel me");
        browser.click(By.id("wizard-next"));
        assertInvalid("creditor-name", "Dit veld is verplicht");
        assertInvalid("contact-name", "Dit veld is verplicht");
        assertInvalid("contact-email", "Vul een geldig e-mailadres in");
        assertInvalid("contact-phone", "Deze waarde heeft niet de juiste vorm");
        assertInvalid("iban", "Dit veld is verplicht");
        typeCompany("creditor", "Velden Klant B.V.", "Dam 2", "1012 JS", "Amsterdam");
        browser.type("contact-name", "Vera Velden");
        browser.type("contact-email", "vera@example.com");
        browser.type("contact-phone", "020 555 0102");
        browser.type("iban", "NL91 ABNA 0417 1643 00");
        browser.click(By.id("wizard-next"));

        browser.waitFor(By.id("debtor-contact-name"));
        browser.type("debtor-contact-email", "ook-geen-mail");
        browser.click(By.id("wizard-next"));
        assertInvalid("debtor-name", "Dit veld is verplicht");
        assertInvalid("debtor-contact-name", "Dit veld is verplicht");
        assertInvalid("debtor-contact-email", "Vul een geldig e-mailadres in");
        typeCompany("debtor", "Velden Debiteur B.V.", "Markt 3", "5611 EB", "Eindhoven");
        browser.type("debtor-contact-name", "Dirk Debiteur");
        browser.type("debtor-contact-email", "dirk@example.com");
        browser.click(By.id("wizard-next"));

        browser.waitFor(By.id("invoice-number-0"));
        browser.setDate("invoice-date-0", LocalDate.now().minusDays(10));
        browser.setDate("invoice-due-date-0", LocalDate.now().minusDays(20));
        browser.click(By.id("add-invoice"));
        browser.click(By.id("wizard-next"));
        assertInvalid("invoice-number-0", "Dit veld is verplicht");
        assertInvalid("invoice-due-date-0", "Deze datum is hier niet mogelijk");
        assertInvalid("invoice-amount-0", "Dit veld is verplicht");
        assertInvalid("invoice-date-1", "Dit veld is verplicht");
        assertInvalid("invoice-due-date-1", "Dit veld is verplicht");
        browser.click(By.id("remove-invoice-1"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElements(By.id("invoice-number-1")).isEmpty());
        browser.type("invoice-number-0", "V-1");
        browser.setDate("invoice-due-date-0", LocalDate.now().minusDays(5));
        browser.type("invoice-amount-0", "120.00");
        browser.click(By.id("wizard-next"));

        browser.waitFor(By.id("wizard-upload"));
        browser.click(By.id("wizard-next"));
        browser.type("account-email", "niet-goed");
        browser.type("account-password", "kort");
        browser.type("account-password-repeat", "kort");
        browser.click(By.id("wizard-next"));
        assertInvalid("account-email", "Vul een geldig e-mailadres in");
        assertInvalid("account-password", "Dit wachtwoord is te zwak: minstens 8 tekens en niet uw e-mailadres");

        // going back keeps what was entered
        browser.click(By.id("wizard-back"));
        browser.click(By.id("wizard-back"));
        assertThat(inputValue("invoice-number-0")).isEqualTo("V-1");
        assertThat(browser.driver().findElements(By.id("invoice-number-1"))).isEmpty();
    }

    @Test
    void staffAreToldTheWizardIsForCreditors() {
        // the way back from the login page of "log in and continue" is for creditors only
        browser.open(TestStack.get().appUrl() + "/claim/continue");
        browser.logInThroughKeycloak(NL_SPECIALIST, TestStack.PASSWORD);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(TestStack.get().appUrl()));
        browser.waitForText("Could not navigate to 'claim/continue'");
        browser.open(TestStack.get().appUrl() + "/claim/new");
        assertThat(browser.waitFor(By.id("wizard-not-for-staff")).getText()).contains("voor schuldeisers");
        assertThat(browser.driver().findElements(By.id("wizard-next"))).isEmpty();
    }

    private void typeCompany(String id, String name, String street, String postalCode, String city) {
        WebElement input = browser.waitFor(By.id(id + "-name")).findElement(By.tagName("input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(name, Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> name.equals(inputValue(id + "-name")));
        browser.type(id + "-street", street);
        browser.type(id + "-postal-code", postalCode);
        browser.type(id + "-city", city);
    }

    /** The element's text, with non-breaking spaces (currency formats) as plain spaces. */
    private String textOf(String id) {
        return browser.waitFor(By.id(id)).getText().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private String inputValue(String id) {
        return browser.waitFor(By.id(id)).findElement(By.tagName("input")).getDomProperty("value");
    }

    private void assertInvalid(String id, String message) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id(id)).getDomAttribute("invalid") != null);
        assertThat(browser.driver().findElement(By.id(id)).getDomProperty("errorMessage")).isEqualTo(message);
    }
}
