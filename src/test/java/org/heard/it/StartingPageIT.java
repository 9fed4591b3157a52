package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * While Heard is not yet deployed (a restart), Payara Micro answers every address
 * with Heard's own "starting" page ({@code payara/starting.html}, set by the pre-boot
 * commands), never its bare 404 page. The server here is started exactly as the
 * documented commands start it, from Heard's directory, with the pre-boot commands,
 * but with nothing deployed: the state it is in until Heard's deployment ends.
 *
 * <p>It starts its own Payara Micro process, so it runs beside the other classes.
 */
@Execution(ExecutionMode.CONCURRENT)
class StartingPageIT {

    private static final Duration START_LIMIT = Duration.ofMinutes(3);

    @Test
    @DisplayName("Before Heard is deployed, the server answers with Heard's page saying it is starting")
    void startingPage() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path basedir = Path.of(System.getProperty("heard.basedir", "."));
        Path tmp = Path.of(System.getProperty("heard.test.tmpdir", System.getProperty("java.io.tmpdir")));
        Files.createDirectories(tmp);
        Path root = Files.createTempDirectory(tmp, "starting-root");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-jar",
                System.getProperty("payara.microJar"),
                "--nocluster",
                "--port",
                Integer.toString(port),
                "--disablephonehome",
                "--rootdir",
                root.toString(),
                "--prebootcommandfile",
                "payara/pre-boot-commands.asadmin"));
        Process process = new ProcessBuilder(command)
                .directory(basedir.toFile())
                .redirectErrorStream(true)
                .start();
        List<String> output = new CopyOnWriteArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> read(process, output, ready), "payara-output");
        reader.setDaemon(true);
        reader.start();
        try {
            assertTrue(
                    ready.await(START_LIMIT.toSeconds(), TimeUnit.SECONDS),
                    () -> "Payara Micro did not start:\n" + String.join("\n", output));

            HttpClient client = HttpClient.newHttpClient();
            for (String path : List.of("/", "/signin.xhtml", "/interviewer/interview/question.xhtml?id=1&q=2")) {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                String body = response.body();
                assertEquals(404, response.statusCode(), path);
                assertTrue(body.contains("<h1>Heard is starting</h1>"), path + ": " + body);
                assertTrue(
                        body.contains("response.ok") && body.contains("http-equiv=\"refresh\""),
                        "the page tries again by itself (with a script, or a refresh without one)");
                assertTrue(!body.contains("Payara") && !body.contains("GlassFish"), "no server page: " + body);
            }
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static void read(Process process, List<String> output, CountDownLatch ready) {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                if (line.contains("Payara Micro") && line.contains("ready in")) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            // the process has ended
        }
    }
}
