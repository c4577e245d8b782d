package org.incasso.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.testing.DemoData.NL_ADMIN;
import static org.incasso.testing.DemoData.NL_SPECIALIST;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.incasso.testing.Api;
import org.incasso.testing.ApplicationTest;
import org.incasso.testing.BrowserJourney;
import org.incasso.testing.TestStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrator's fee schedule and interest rate pages in a real browser: refused input shows
 * next to its field and stores nothing, a new version from a future date and a new rate are listed;
 * a specialist cannot open either page.
 */
@ApplicationTest
class FeeAdminJourneyTest extends BrowserJourney {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
            .withLocale(Locale.of("nl"));


    @Test
    void anAdministratorAddsAFeeScheduleVersionAndAnInterestRate() {
        // a date no other test uses (those take 1000 days and more from today)
        LocalDate from = LocalDate.now().plusDays(ThreadLocalRandom.current().nextInt(30, 900));
        int before = versions().size();
        browser.open(TestStack.get().appUrl() + "/");
        browser.logInThroughKeycloak(NL_ADMIN, TestStack.PASSWORD);
        browser.waitFor(By.id("current-user"));
        browser.clickText("vaadin-side-nav-item", "Tarieven");
        browser.waitFor(By.id("fee-in-force"));
        browser.waitFor(By.id("fee-versions-grid"));

        // immediate feedback: a rate above 100 is refused next to its field, nothing reaches the service
        type("fee-rate-DOMESTIC-UP_TO_2500", "101");
        press("save-fee-schedule");
        browser.waitForText("Vul een percentage van 0 tot en met 100 in");
        assertThat(browser.driver().findElement(By.id("fee-rate-DOMESTIC-UP_TO_2500")).getDomAttribute("invalid")).isNotNull();
        browser.screenshot("fee-schedule-invalid-rate");
        assertThat(versions()).hasSize(before);

        // what only the service decides (overlapping bands) also shows next to the field it names
        type("fee-rate-DOMESTIC-UP_TO_2500", "13");
        type("fee-band-UP_TO_2500-upper", "3000");
        typeDate("fee-valid-from", from);
        press("save-fee-schedule");
        browser.waitForText("De bedragklassen overlappen");
        assertThat(browser.driver().findElement(By.id("fee-band-ABOVE_2500-lower")).getDomAttribute("invalid")).isNotNull();
        assertThat(versions()).hasSize(before);

        type("fee-band-UP_TO_2500-upper", "2500");
        press("save-fee-schedule");
        waitForCell("fee-versions-grid", DUTCH_DATE.format(from));
        waitForCell("fee-audit-grid", DUTCH_DATE.format(from));
        browser.screenshot("fee-schedule-saved");
        assertThat(versions()).extracting(v -> v.get("validFrom")).contains(from.toString());
        Api.as(NL_ADMIN).documentName("feeSchedule").variable("at", from.toString()).execute()
                .path("feeSchedule.rates[?(@.region == 'DOMESTIC' && @.band == 'UP_TO_2500')].percent")
                .entityList(String.class).containsExactly("13");

        // an interest rate for NL (the default country)
        LocalDate rateFrom = LocalDate.now().plusDays(ThreadLocalRandom.current().nextInt(30, 900));
        browser.clickText("vaadin-side-nav-item", "Rentepercentages");
        browser.waitFor(By.id("rates-grid"));
        typeDate("rate-valid-from", rateFrom);
        type("rate-percent", "10,75");
        press("add-rate");
        waitForCell("rates-grid", DUTCH_DATE.format(rateFrom));
        waitForCell("rates-grid", "10,75 %");
        browser.screenshot("interest-rate-added");
        Api.as(NL_ADMIN).documentName("interestRates").variable("country", "NL").variable("on", rateFrom.toString())
                .execute().path("interestRates.percentOn").entity(String.class)
                .satisfies(percent -> assertThat(new java.math.BigDecimal(percent)).isEqualByComparingTo("10.75"));
    }

    @Test
    void aSpecialistCannotOpenTheAdministratorPages() {
        browser.open(TestStack.get().appUrl() + "/");
        browser.logInThroughKeycloak(NL_SPECIALIST, TestStack.PASSWORD);
        browser.waitFor(By.id("claims-grid"));
        assertThat(browser.driver().getPageSource()).doesNotContain("Tarieven").doesNotContain("Rentepercentages");
        browser.open(TestStack.get().appUrl() + "/admin/fee-schedule");
        browser.waitForText("Could not navigate to 'admin/fee-schedule'");
        browser.open(TestStack.get().appUrl() + "/admin/interest-rates");
        browser.waitForText("Could not navigate to 'admin/interest-rates'");
    }

    /** Clicks a button further down the page (the layout's own scroll container is not scrolled by a click). */
    private void press(String id) {
        WebElement button = find(By.id(id));
        scrollTo(button);
        button.click();
    }

    /** Present in the page; further down it may be outside the layout's scroll area, which Selenium calls hidden. */
    private WebElement find(By locator) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private void type(String id, String text) {
        WebElement input = find(By.cssSelector("#" + id + " input"));
        scrollTo(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.TAB);
    }

    private void typeDate(String id, LocalDate date) {
        WebElement input = find(By.cssSelector("#" + id + " input"));
        scrollTo(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(date.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")), Keys.ENTER);
    }

    private void waitForCell(String gridId, String text) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> d
                    .findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                    .anyMatch(cell -> text.equals(String.valueOf(cell.getDomProperty("textContent")).strip())));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No cell '" + text + "' in " + gridId + "\n"
                    + browser.driver().findElement(By.tagName("body")).getText(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> versions() {
        return (List<Map<String, Object>>) (List<?>) Api.as(NL_ADMIN).documentName("feeScheduleVersions").execute()
                .path("feeScheduleVersions").entityList(Map.class).get();
    }
}
