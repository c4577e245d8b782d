package org.incasso.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the real-browser journeys: a fresh headless Chromium per test. Chromium is a
 * prerequisite of the test command (installed by .ci/run); its absence fails, never skips.
 */
public abstract class BrowserJourney {

    protected Browser browser;

    @BeforeEach
    void startBrowser() {
        assertThat(Browser.isInstalled()).as("chromium and chromedriver must be installed (see .ci/run)").isTrue();
        browser = new Browser();
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }
}
