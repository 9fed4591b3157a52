package org.heard.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Heard on Payara Micro in a process of its own, outside Arquillian, started from the built WAR and jar with the
 * repository's pre-boot commands, clustering off, bounded in time. Its output is kept line by line.
 */
final class PayaraMicroProcess implements AutoCloseable {

    static final Duration START_LIMIT = Duration.ofMinutes(4);

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final Consumer<String> reader;

    private PayaraMicroProcess(Process process, Consumer<String> reader) {
        this.process = process;
        this.reader = reader;
        Thread thread = new Thread(this::read, "payara-output");
        thread.setDaemon(true);
        thread.start();
    }

    /** A free port on loopback. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Starts Payara Micro in {@code directory} with Heard deployed and waits until it is ready.
     *
     * @param options Payara Micro options besides the deployment and the pre-boot commands ({@code --port}, …)
     * @param environment variables set for the process; every other {@code HEARD_} variable is removed
     * @param reader sees every line of output as it comes
     */
    static PayaraMicroProcess start(
            Path directory, List<String> options, Map<String, String> environment, Consumer<String> reader)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:ReservedCodeCacheSize=240m",
                "-XX:+UseSerialGC",
                "-jar",
                System.getProperty("payara.microJar"),
                "--nocluster",
                "--deploy",
                System.getProperty("heard.war"),
                "--disablephonehome",
                "--rootdir",
                directory.resolve("payara-root").toString(),
                "--prebootcommandfile",
                Path.of(System.getProperty("heard.basedir", "."), "payara", "pre-boot-commands.asadmin")
                        .toString()));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.directory(directory.toFile());
        builder.redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("HEARD_"));
        builder.environment().putAll(environment);
        PayaraMicroProcess server = new PayaraMicroProcess(builder.start(), reader);
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
                reader.accept(line);
                if (line.contains("Payara Micro") && line.contains("ready in")) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            // the process has ended
        }
    }

    /** Every line printed so far. */
    List<String> output() {
        return List.copyOf(output);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
