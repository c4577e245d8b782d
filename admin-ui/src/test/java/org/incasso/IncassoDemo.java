package org.incasso;

import java.nio.file.Path;
import java.util.Map;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.incasso.devdb.EmbeddedDatabase;
import org.incasso.keycloak.KeycloakLauncher;
import org.incasso.keycloak.RunningKeycloak;
import org.springframework.boot.SpringApplication;

/**
 * Runs the whole platform on one machine with nothing but a JDK: embedded PostgreSQL and a
 * Keycloak process (both keeping their data in {@code .data/} between runs), the demo tenants
 * and users, and the application on port 8080. Started by
 * {@code ./mvnw -pl admin-ui spring-boot:test-run} (see the README). Development only.
 */
public final class IncassoDemo {

    private static final int DB_PORT = 5433;
    private static final int KEYCLOAK_PORT = 8180;
    private static final int APP_PORT = 8080;
    private static final int SMTP_PORT = 2525;

    private IncassoDemo() {
    }

    public static void main(String[] args) {
        Path data = Path.of(System.getProperty("incasso.demo.data", ".data")).toAbsolutePath();
        EmbeddedDatabase database = EmbeddedDatabase.start(data.resolve("postgres"), DB_PORT);
        // catches every e-mail (notifications, password resets) and prints it to the console
        GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Thread.ofVirtual().name("demo-mail-printer").start(() -> printMails(mail));
        RunningKeycloak keycloak = KeycloakLauncher.builder()
                .httpPort(KEYCLOAK_PORT)
                .dataDirectory(data.resolve("keycloak"))
                .appUrl("http://localhost:" + APP_PORT)
                .smtp("127.0.0.1", SMTP_PORT, "no-reply@incasso.test")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            keycloak.close();
            database.close();
            mail.stop();
        }));
        // system properties outrank application.yaml (default properties would not)
        Map.of("spring.datasource.url", database.jdbcUrl(),
                "spring.flyway.url", database.jdbcUrl(),
                "spring.flyway.locations", "classpath:db/migration,classpath:db/demo",
                "incasso.oidc.issuer", keycloak.issuerUri(),
                "spring.mail.port", String.valueOf(SMTP_PORT),
                "server.port", String.valueOf(APP_PORT)).forEach(System::setProperty);
        SpringApplication.run(IncassoApplication.class, args);
        printWelcome(data, keycloak);
    }

    private static void printMails(GreenMail mail) {
        int printed = 0;
        while (true) {
            try {
                Thread.sleep(1000);
                var messages = mail.getReceivedMessages();
                for (; printed < messages.length; printed++) {
                    var message = messages[printed];
                    System.out.println("\n[mail] to " + java.util.Arrays.toString(message.getAllRecipients())
                            + ": " + message.getSubject() + "\n" + message.getContent() + "\n");
                }
            } catch (InterruptedException e) {
                return;
            } catch (jakarta.mail.MessagingException | java.io.IOException e) {
                System.out.println("[mail] unreadable message: " + e.getMessage());
            }
        }
    }

    private static void printWelcome(Path data, RunningKeycloak keycloak) {
        System.out.println("""

                ================================================================
                 Incasso is running (demo data in %s)
                   UI ........ http://localhost:%d/
                   GraphQL ... http://localhost:%d/graphql   (GraphiQL: /graphiql)
                   Keycloak .. %s/admin  (admin / admin)
                   E-mail .... caught by a local SMTP server (port 2525) and printed here
                 Demo logins (password demo1234, development only):
                   Incasso Nederland B.V.:  nl-admin@example.com, nl-specialist@example.com,
                                            nl-creditor@example.com, nl-partner@example.com
                   Incasso Collections Ltd: uk-admin@example.com, uk-specialist@example.com,
                                            uk-creditor@example.com, uk-partner@example.com
                ================================================================
                """.formatted(data, APP_PORT, APP_PORT, keycloak.baseUrl()));
    }
}
