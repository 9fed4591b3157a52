package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.heard.it.browser.Browser;
import org.heard.it.browser.pages.LandingPage;
import org.heard.it.browser.pages.SignInPage;
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
    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    @TempDir
    Path workingDirectory;

    @Test
    @DisplayName("The quick start serves the sign-in page on embedded H2 and each demo role signs in")
    void quickStart() throws Exception {
        Map<String, String> passwords;
        try (Server server = Server.start(workingDirectory)) {
            passwords = server.demoPasswords();
            assertEquals(
                    11,
                    passwords.size(),
                    "five demo accounts in each of two organisations and a platform administrator");
            assertTrue(Files.exists(workingDirectory.resolve("data").resolve("heard.mv.db")), "H2 file under ./data");
            String banner = "=== Sign in at " + server.url() + " ===";
            assertTrue(
                    server.output.stream().anyMatch(line -> line.contains(banner)),
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
            }
        }
        try (Server again = Server.start(workingDirectory)) {
            assertTrue(again.demoPasswords().isEmpty(), "passwords are printed once, at the first start only");
            assertTrue(
                    again.output.stream().anyMatch(line -> line.matches(".*Database schema at version \\d+ .*")),
                    "a restart names the schema's version");
            try (Browser browser = new Browser()) {
                SignInPage.open(browser.driver(), again.url()).signIn("bh-admin", passwords.get("bh-admin"));
                assertEquals("/admin/index.xhtml", new LandingPage(browser.driver()).path());
            }
        }
    }

    /** Payara Micro in its own process, started as the quick start does, bounded in time. */
    private static final class Server implements AutoCloseable {

        private final Process process;
        private final int port;
        private final List<String> output = new CopyOnWriteArrayList<>();
        private final Map<String, String> passwords = new ConcurrentHashMap<>();
        private final CountDownLatch ready = new CountDownLatch(1);

        private Server(Process process, int port) {
            this.process = process;
            this.port = port;
            Thread reader = new Thread(this::read, "payara-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Server start(Path directory) throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            String target = System.getProperty("heard.test.output", "target");
            String microJar = System.getProperty("payara.microJar");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1",
                    "-XX:ReservedCodeCacheSize=240m",
                    "-XX:+UseSerialGC"));
            command.addAll(List.of("-jar", microJar, "--nocluster"));
            command.addAll(List.of(
                    "--deploy",
                    System.getProperty("heard.war"),
                    "--port",
                    Integer.toString(port),
                    "--disablephonehome",
                    "--rootdir",
                    directory.resolve("payara-root").toString(),
                    "--prebootcommandfile",
                    Path.of(System.getProperty("heard.basedir", "."), "payara", "quick-start-pre-boot-commands.asadmin")
                            .toString()));
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.directory(directory.toFile());
            builder.redirectErrorStream(true);
            builder.environment().keySet().removeIf(name -> name.startsWith("HEARD_"));
            builder.environment().put("HEARD_DEMO", "true");
            builder.environment().put("HEARD_DEMO_URL", "http://127.0.0.1:" + port + "/");
            Server server = new Server(builder.start(), port);
            if (!server.ready.await(START_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                server.close();
                throw new IllegalStateException(
                        "Payara Micro did not start in " + START_LIMIT + ":\n" + String.join("\n", server.output));
            }
            // A failed deployment does not stop Payara Micro: it logs this, then "ready", and answers 404.
            if (server.output.stream().anyMatch(line -> line.contains("Exception while loading the app"))) {
                server.close();
                throw new IllegalStateException("Heard failed to deploy:\n" + String.join("\n", server.output));
            }
            return server;
        }

        private void read() {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.add(line);
                    Matcher account = ACCOUNT.matcher(line);
                    if (account.matches()) {
                        passwords.put(account.group(1), account.group(2));
                    }
                    if (line.contains("Payara Micro") && line.contains("ready in")) {
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                // the process has ended
            }
        }

        Map<String, String> demoPasswords() {
            return Map.copyOf(passwords);
        }

        URL url() throws Exception {
            return new URL("http://127.0.0.1:" + port + "/");
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
