package org.incasso.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.incasso.testing.ApplicationTest;
import org.incasso.testing.BrowserJourney;
import org.incasso.testing.TestStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An anonymous visitor asks the NL agency (host localhost) for a free quote: looks a known
 * debtor up, enters the amount and due date, and reads PRODUCT.md's figures (NL, no login).
 */
@ApplicationTest
class QuotePageJourneyTest extends BrowserJourney {


    @Test
    void anAnonymousVisitorGetsAQuoteForAKnownDomesticDebtorWithoutLoggingIn() {
        browser.open(TestStack.get().appUrl() + "/quote");
        browser.waitForText("Stap 1 - Ontvang een gratis offerte");
        chooseSuggestion("debtor-name", "Hoekje", "Café Het Hoekje V.O.F.");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> "Café Het Hoekje V.O.F.".equals(
                inputValue("debtor-name")));
        // choosing the known debtor filled its address
        assertThat(inputValue("debtor-street")).isEqualTo("Markt 1");
        assertThat(inputValue("debtor-postal-code")).isEqualTo("3512 CK");
        assertThat(inputValue("debtor-city")).isEqualTo("Utrecht");
        browser.type("amount", "1000.00");
        browser.setDate("due-date", LocalDate.now().minusDays(200));
        browser.click(By.id("calculate"));

        assertThat(textOf("quote-rate")).contains("14%", "12% + 2 procentpunt");
        assertThat(textOf("quote-surcharge")).contains("2 procentpunt");
        assertThat(textOf("quote-registration-fee")).contains("€ 50,00");
        assertThat(textOf("quote-days")).contains("90 dagen");
        assertThat(browser.driver().findElements(By.id("quote-warnings"))).isEmpty();
        assertThat(browser.waitFor(By.id("submit-claim")).isDisplayed()).isTrue();
        browser.screenshot("quote-page");

        browser.type("amount", "100.00");
        // a changed amount is not what was quoted: no hand-over until it is calculated again
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.id("submit-claim")).isDisplayed());
        browser.click(By.id("calculate"));
        assertThat(textOf("quote-warnings")).contains("onder het minimum");

        browser.type("amount", "12,34,5");
        browser.click(By.id("calculate"));
        browser.waitForText("Vul een bedrag in, bijvoorbeeld 1000,00");
        assertThat(browser.driver().findElement(By.id("amount")).getDomAttribute("invalid")).isNotNull();
        assertThat(browser.driver().findElements(By.id("quote-rate"))).isEmpty();
        // no quote, nothing to hand over
        assertThat(browser.driver().findElement(By.id("submit-claim")).isDisplayed()).isFalse();
    }

    private String inputValue(String id) {
        return browser.driver().findElement(By.id(id)).findElement(By.tagName("input")).getDomProperty("value");
    }

    private void chooseSuggestion(String comboBoxId, String typed, String name) {
        WebElement input = browser.waitFor(By.id(comboBoxId)).findElement(By.tagName("input"));
        input.click();
        input.sendKeys(typed);
        By item = By.xpath("//vaadin-combo-box-item[starts-with(normalize-space(.), '" + name + "')]");
        browser.waitFor(item).click();
    }

    /** The element's text once shown, with non-breaking spaces (currency formats) as plain spaces. */
    private String textOf(String id) {
        return browser.waitFor(By.id(id)).getText().replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
