package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.heard.it.browser.Browser;
import org.heard.it.browser.pages.FollowUpPage;
import org.heard.it.browser.pages.LandingPage;
import org.heard.it.browser.pages.SignInPage;
import org.heard.it.browser.pages.ThemeCountsPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The quick start cannot rot: Heard starts on Payara Micro exactly as the run
 * command starts it (no database settings, demo on), creates its H2 file
 * database under ./data, prints the demo passwords once, and a demo account
 * signs in. A second start keeps the data and prints no passwords.
 *
 * <p>It starts its own Payara Micro processes, outside Arquillian, so it runs beside the
 * other test classes ({@code CONCURRENT}) rather than after them.
 */
@Execution(ExecutionMode.CONCURRENT)
class EmbeddedQuickStartIT {

    private static final Pattern ACCOUNT = Pattern.compile("^\\s+(\\S+)\\s+(\\S{16})\\s+\\[(.+)]$");

    @TempDir
    Path workingDirectory;

    @Test
    @DisplayName("The quick start serves the sign-in page on embedded H2 and each demo role signs in")
    void quickStart() throws Exception {
        Map<String, String> passwords = new ConcurrentHashMap<>();
        try (PayaraProcess server = start(workingDirectory, passwords)) {
            assertEquals(
                    11,
                    passwords.size(),
                    "five demo accounts in each of two organisations and a platform administrator");
            assertTrue(Files.exists(workingDirectory.resolve("data").resolve("heard.mv.db")), "H2 file under ./data");
            String banner = "=== Sign in at " + server.url() + " ===";
            assertTrue(
                    server.output().stream().anyMatch(line -> line.contains(banner)),
                    "the banner shows the address Heard listens on");
            String domain = Files.readString(
                    workingDirectory.resolve("payara-root").resolve("config").resolve("domain.xml"));
            assertTrue(
                    domain.matches(
                                    "(?s).*<network-listener[^>]*address=\"127\\.0\\.0\\.1\"[^>]*name=\"http-listener\".*")
                            || domain.matches(
                                    "(?s).*<network-listener[^>]*name=\"http-listener\"[^>]*address=\"127\\.0\\.0\\.1\".*"),
                    "the quick start listens on loopback only");

            try (Browser browser = new Browser()) {
                for (String account :
                        List.of("bh-interviewer", "bh-supervisor", "bh-qa", "bh-admin", "es-admin", "platform-admin")) {
                    browser.driver().manage().deleteAllCookies();
                    SignInPage.open(browser.driver(), server.url()).signIn(account, passwords.get(account));
                    assertTrue(new LandingPage(browser.driver()).signedInAs().startsWith("Signed in as Demo"), account);
                }
                browser.screenshot("quick-start-landing");

                // The figures' SQL runs on H2 too: the pages whose queries are written by hand.
                browser.driver().manage().deleteAllCookies();
                SignInPage.open(browser.driver(), server.url()).signIn("bh-qa", passwords.get("bh-qa"));
                ThemeCountsPage themeCounts =
                        ThemeCountsPage.open(browser, server.url().toString());
                assertTrue(themeCounts.perturbationNote().contains("perturbed"), themeCounts.perturbationNote());
                themeCounts.assertNoJavaScriptErrors();
                browser.driver().manage().deleteAllCookies();
                SignInPage.open(browser.driver(), server.url()).signIn("bh-supervisor", passwords.get("bh-supervisor"));
                browser.driver().get(server.url() + "supervisor/follow-up.xhtml");
                FollowUpPage followUp = new FollowUpPage(browser);
                assertTrue(followUp.changePerturbationNote().contains("perturbed"), followUp.changePerturbationNote());
            }
        }
        Map<String, String> printedAgain = new ConcurrentHashMap<>();
        try (PayaraProcess again = start(workingDirectory, printedAgain)) {
            assertTrue(printedAgain.isEmpty(), "passwords are printed once, at the first start only");
            assertTrue(
                    again.output().stream().anyMatch(line -> line.matches(".*Database schema at version \\d+ .*")),
                    "a restart names the schema's version");
            try (Browser browser = new Browser()) {
                SignInPage.open(browser.driver(), again.url()).signIn("bh-admin", passwords.get("bh-admin"));
                assertEquals("/admin/index.xhtml", new LandingPage(browser.driver()).path());
            }
        }
    }

    /**
     * Heard as the quick start starts it: no database settings, the demo on, the quick start's
     * pre-boot commands (loopback only), the address for the banner; the demo passwords it prints.
     */
    private static PayaraProcess start(Path directory, Map<String, String> passwords) throws Exception {
        PayaraProcess.Launch launch = PayaraProcess.in(directory);
        return launch.preBootCommands("quick-start-pre-boot-commands.asadmin")
                .environment("HEARD_DEMO", "true")
                .environment("HEARD_DEMO_URL", launch.url().toString())
                .onOutput(line -> {
                    Matcher account = ACCOUNT.matcher(line);
                    if (account.matches()) {
                        passwords.put(account.group(1), account.group(2));
                    }
                })
                .start();
    }
}
