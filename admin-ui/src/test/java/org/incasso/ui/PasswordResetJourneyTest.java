package org.incasso.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.testing.DemoData.*;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incasso.testing.ApplicationTest;
import org.incasso.testing.BrowserJourney;
import org.incasso.testing.KeycloakAdmin;
import org.incasso.testing.TestStack;
import org.incasso.keycloak.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * "Forgot password" end to end: Keycloak sends the reset e-mail through the platform's mail
 * server (GreenMail here), the link sets a new password, and the creditor logs in with it.
 */
@ApplicationTest
class PasswordResetJourneyTest extends BrowserJourney {

    private static final Pattern RESET_LINK = Pattern.compile("(http://localhost:\\d+/realms/incasso/login-actions/"
            + "action-token\\?[^\\s\"<>]+)");


    @Test
    void aCreditorResetsItsPasswordThroughTheMailedLink() throws Exception {
        String email = "reset-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        KeycloakAdmin.createUser(email, "old-password-1", Map.of("tenant_id", NL_TENANT, "creditor_id", NL_CREDITOR,
                "locale", "nl"), "CREDITOR");

        browser.open(TestStack.get().appUrl() + "/");
        browser.waitFor(By.id("username"));
        browser.click(By.cssSelector("a[href*='reset-credentials']"));
        browser.waitFor(By.id("username")).sendKeys(email);
        browser.click(By.cssSelector("input[type=submit], button[type=submit]"));

        List<MimeMessage> mails = TestStack.get().mail().await(message -> recipient(message).equals(email), 1,
                Duration.ofSeconds(30));
        assertThat(mails).as("reset e-mail").hasSize(1);
        String content = text(mails.getFirst());
        Matcher link = RESET_LINK.matcher(content.replace("&amp;", "&"));
        assertThat(link.find()).as("reset link in %s", content).isTrue();

        browser.open(link.group(1));
        browser.waitFor(By.id("password-new")).sendKeys("new-password-2");
        browser.driver().findElement(By.id("password-confirm")).sendKeys("new-password-2");
        browser.click(By.cssSelector("input[type=submit], button[type=submit]"));
        browser.waitFor(By.id("current-user"));

        assertThat(Tokens.passwordGrant(TestStack.get().issuerUri(), TestStack.GRAPHQL_CLIENT, email, "new-password-2"))
                .isNotBlank();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            return "";
        }
    }

    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(multipart.getBodyPart(i).getContent()).append('\n');
            }
            return all.toString();
        }
        return String.valueOf(content);
    }
}
