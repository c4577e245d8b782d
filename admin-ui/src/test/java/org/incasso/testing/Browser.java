package org.incasso.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the operating system (Debian packages chromium and chromium-driver),
 * driven offline: no driver or browser download, no lookups of outside hosts.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;

    public Browser() {
        try {
            Path home = Files.createDirectories(Path.of("target", "browser-home")).toAbsolutePath();
            Path profile = Files.createTempDirectory(home, "profile");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .withEnvironment(Map.of("HOME", home.toString(), "TMPDIR", home.toString()))
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--disable-quic", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
                    "--lang=nl", "--user-data-dir=" + profile,
                    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost");
            this.driver = new ChromeDriver(service, options);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static boolean isInstalled() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Fills in the Keycloak login page. */
    public void logInThroughKeycloak(String username, String password) {
        waitFor(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    public org.openqa.selenium.WebElement waitFor(By locator) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Not shown: " + locator + " at " + driver.getCurrentUrl() + "\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** Clicks an element as a user would once it is visible. */
    public void click(By locator) {
        waitFor(locator).click();
    }

    /** A tiny but valid PDF document. */
    public static final byte[] MINIMAL_PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Clicks the first element of the tag whose text is exactly {@code text} (e.g. a tab). */
    public void clickText(String tag, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(By.tagName(tag)).stream()
                .filter(e -> e.getText().strip().equals(text)).findFirst().map(e -> {
                    e.click();
                    return true;
                }).orElse(false));
    }

    /** Replaces the text in a Vaadin field (by the field's id) as a user would, then leaves the field. */
    public void type(String fieldId, String text) {
        org.openqa.selenium.WebElement input = waitFor(By.id(fieldId)).findElement(By.tagName("input"));
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.BACK_SPACE);
        input.sendKeys(text, org.openqa.selenium.Keys.TAB);
    }

    /** Sets a Vaadin date picker's value as picking the day would, whatever date format the locale types. */
    public void setDate(String pickerId, java.time.LocalDate date) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                waitFor(By.id(pickerId)), date.toString());
    }

    /** Types into a Vaadin combo box and picks the matching item. */
    public void chooseInComboBox(By comboBox, String item) {
        org.openqa.selenium.WebElement input = waitFor(comboBox).findElement(By.tagName("input"));
        input.click();
        input.sendKeys(item);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(
                By.xpath("//vaadin-combo-box-item[normalize-space(.)='" + item + "']")).isEmpty());
        input.sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    /** Puts a file into a Vaadin upload field as if chosen in the file dialog. */
    public void upload(By upload, String fileName, byte[] content) {
        try {
            Path file = Files.createDirectories(Path.of("target", "uploads")).resolve(fileName).toAbsolutePath();
            Files.write(file, content);
            org.openqa.selenium.WebElement field = waitFor(upload);
            org.openqa.selenium.WebElement input = field.findElements(By.cssSelector("input[type=file]")).stream()
                    .findFirst().orElseGet(() -> field.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
            input.sendKeys(file.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Waits until the page (including Vaadin's light DOM grid cells) shows the text. */
    public void waitForText(String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getPageSource().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Text not shown: " + text + " at " + driver.getCurrentUrl() + "\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    public void screenshot(String name) {
        try {
            Path target = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
            Files.write(target, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
