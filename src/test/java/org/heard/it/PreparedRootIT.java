package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The production launch of docs/configuration.md cannot rot: {@code payara/prepare-root.sh}
 * prepares a root (launcher, Heard deployed, class-data-sharing archive) on the embedded
 * H2 database, Heard starts from it with the archive required ({@code -Xshare:on}: a JVM
 * that cannot map it does not start), deploys Heard once, and serves the sign-in page.
 * The root prepared is one an earlier run of the script left, which the script replaces;
 * a directory the script did not prepare is refused.
 *
 * <p>It starts its own Payara Micro processes, outside Arquillian, so it runs beside the
 * other test classes ({@code CONCURRENT}) rather than after them.
 */
@Execution(ExecutionMode.CONCURRENT)
class PreparedRootIT {

    private static final Duration LIMIT = Duration.ofMinutes(6);

    @TempDir
    Path directory;

    @Test
    @DisplayName("A root prepared by payara/prepare-root.sh starts Heard with its class-data-sharing archive")
    void preparedRoot() throws Exception {
        int port = freePort();
        // What an earlier run of the script left: its marker and a file of the old root. Preparing
        // it again is the run measured here, so that the script's longest path runs once, not twice.
        Path root = Files.createDirectories(directory.resolve("heard-root"));
        Files.writeString(root.resolve(".heard-prepared-root"), "");
        Files.writeString(root.resolve("left-from-before.txt"), "the earlier root");
        Process prepare = prepare(root, port).start();
        String prepareOutput = output(prepare);
        assertEquals(0, prepare.exitValue(), "a root this script prepared is prepared again:\n" + prepareOutput);
        assertFalse(Files.exists(root.resolve("left-from-before.txt")), "the earlier root is replaced");
        assertTrue(prepareOutput.contains("prepare-root: done"), prepareOutput);
        assertTrue(Files.size(root.resolve("heard.jsa")) > 0, "the archive is written");

        Path log = directory.resolve("payara.log");
        String launcher = root.resolve("launch-micro.jar").toString();
        List<String> command = new ArrayList<>(List.of(
                java(),
                "-Xshare:on",
                "-XX:SharedArchiveFile=" + root.resolve("heard.jsa"),
                "-XX:TieredStopAtLevel=1",
                "-XX:ReservedCodeCacheSize=240m"));
        command.addAll(List.of("-jar", launcher, "--nocluster"));
        command.addAll(List.of(
                "--port",
                Integer.toString(port),
                "--disablephonehome",
                "--prebootcommandfile",
                preBootCommands().toString()));
        Process server = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            HttpResponse<String> signIn = awaitSignIn(server, port, log);
            assertEquals(200, signIn.statusCode());
            assertTrue(signIn.body().contains("id=\"signin\""), "the sign-in form:\n" + signIn.body());
            String started = Files.readString(log, StandardCharsets.UTF_8);
            assertFalse(started.contains("Exception while loading the app"), started);
            // Started once, from the root: a --deploy as well would start Heard's Faces a second time.
            assertEquals(1, count(started, "Initializing Mojarra"), "Heard starts once:\n" + started);
        } finally {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }

        Path foreign = Files.createDirectories(directory.resolve("not-a-root"));
        Files.writeString(foreign.resolve("keep.txt"), "someone's file");
        Process refused = prepare(foreign, port).start();
        String refusedOutput = output(refused);
        assertEquals(1, refused.exitValue(), refusedOutput);
        assertTrue(refusedOutput.contains("was not prepared by this script"), refusedOutput);
        assertTrue(Files.exists(foreign.resolve("keep.txt")), "nothing of the directory is deleted");
    }

    private ProcessBuilder prepare(Path root, int port) {
        ProcessBuilder builder = new ProcessBuilder(
                "bash",
                Path.of(System.getProperty("heard.basedir", "."), "payara", "prepare-root.sh")
                        .toString(),
                System.getProperty("payara.microJar"),
                System.getProperty("heard.war"),
                root.toString(),
                "--port",
                Integer.toString(port));
        builder.directory(directory.toFile());
        builder.redirectErrorStream(true);
        // The embedded H2 database under the temporary directory's ./data, as in the quick start.
        builder.environment().keySet().removeIf(name -> name.startsWith("HEARD_"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder;
    }

    private static String output(Process process) throws IOException, InterruptedException {
        byte[] bytes = process.getInputStream().readAllBytes();
        if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("prepare-root.sh did not finish in " + LIMIT);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> awaitSignIn(Process server, int port, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/signin.xhtml"))
                .timeout(Duration.ofSeconds(10))
                .build();
        long giveUp = System.nanoTime() + LIMIT.toNanos();
        List<String> failures = new ArrayList<>();
        while (System.nanoTime() < giveUp) {
            if (!server.isAlive()) {
                throw new IllegalStateException(
                        "Payara Micro stopped:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return answer;
                }
                failures.add("status " + answer.statusCode());
            } catch (IOException notYet) {
                // not listening yet
            }
            server.waitFor(500, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("No sign-in page in " + LIMIT + " (" + failures + "):\n"
                + Files.readString(log, StandardCharsets.UTF_8));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path preBootCommands() {
        return Path.of(System.getProperty("heard.basedir", "."), "payara", "pre-boot-commands.asadmin");
    }
}
