package org.incasso.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incasso.testing.ClaimRequests.*;
import static org.incasso.testing.DemoData.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.incasso.testing.ApplicationTest;
import org.incasso.testing.TestStack;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The subscription protocol against a real third-party client: the {@code graphql-ws} package
 * from npm, run by Node.js ({@code src/test/node/subscribe.mjs}).
 */
@ApplicationTest
class CaseEventNodeClientTest {

    private static final Path SOURCES = Path.of("src", "test", "node");
    private static final Path CLIENT = Path.of("target", "node-client");

    @Test
    void theGraphqlWsClientFromNpmReceivesReplayedAndLiveEvents() throws Exception {
        installClient();
        String claim = submit(NL_ADMIN, simpleSubmission("Node Client B.V.", "NL"));
        String url = TestStack.get().appUrl().replace("http", "ws") + "/graphql";
        Process node = new ProcessBuilder("node", "subscribe.mjs", url, TestStack.get().token(NL_SPECIALIST), claim, "3")
                .directory(CLIENT.toFile()).redirectErrorStream(true).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = Thread.ofVirtual().start(() -> readLines(node, lines));
        awaitLine(lines, "subscribed");
        Thread.sleep(1000);
        change(NL_ADMIN, "startAmicablePhase", Map.of("claimId", claim));
        change(NL_ADMIN, "agreePaymentPlan", Map.of("claimId", claim));
        assertThat(node.waitFor(30, TimeUnit.SECONDS)).as("node exited: %s", lines).isTrue();
        reader.join(5000);
        assertThat(node.exitValue()).as("exit code, output %s", lines).isZero();
        JsonMapper json = JsonMapper.builder().build();
        List<Object> types = lines.stream().filter(line -> line.contains("\"data\""))
                .map(line -> json.readTree(line).path("data").path("claimEvents").path("type").asString())
                .map(Object.class::cast).toList();
        assertThat(types).containsExactly("CLAIM_SUBMITTED", "PHASE_CHANGED", "PHASE_CHANGED");
    }

    private static void installClient() throws IOException, InterruptedException {
        Files.createDirectories(CLIENT);
        for (String file : List.of("package.json", "subscribe.mjs")) {
            Files.copy(SOURCES.resolve(file), CLIENT.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(CLIENT.resolve("node_modules").resolve("graphql-ws"))) {
            // output to a file: the test JVM's own stdout is Surefire's channel and must stay clean
            Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--no-package-lock")
                    .directory(CLIENT.toFile()).redirectErrorStream(true)
                    .redirectOutput(CLIENT.resolve("npm-install.log").toFile()).start();
            assertThat(npm.waitFor(180, TimeUnit.SECONDS)).as("npm install finished").isTrue();
            assertThat(npm.exitValue()).as("npm install exit code, see %s", CLIENT.resolve("npm-install.log")).isZero();
        }
    }

    private static void readLines(Process process, List<String> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("read failed: " + e);
        }
    }

    private static void awaitLine(List<String> lines, String text) throws InterruptedException {
        for (int i = 0; i < 100 && lines.stream().noneMatch(line -> line.contains(text)); i++) {
            Thread.sleep(100);
        }
        assertThat(lines).as("node client output").anySatisfy(line -> assertThat(line).contains(text));
    }
}
