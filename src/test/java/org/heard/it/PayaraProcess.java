package org.heard.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Heard on Payara Micro in a process of its own, outside Arquillian, for the test
 * classes that need a server started in a particular way (the quick start, a short
 * session) and can therefore run beside the others ({@code @Execution(CONCURRENT)}).
 * Always {@code --nocluster} on a free loopback port; bounded in time; stopped on
 * {@link #close()}. Its output goes to the test class's report and into failure messages.
 */
public final class PayaraProcess implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    private final Launch launch;
    private final Process process;
    private final int port;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final Consumer<String> listener;

    private PayaraProcess(Launch launch, Process process, int port, Consumer<String> listener) {
        this.launch = launch;
        this.process = process;
        this.port = port;
        this.listener = listener;
        Thread reader = new Thread(this::read, "payara-output-" + port);
        reader.setDaemon(true);
        reader.start();
    }

    /** How to start one: the working directory, JVM system properties, environment and a reader of each line. */
    public static final class Launch {
        private final Path directory;
        private final int port;
        private String preBootCommands = "pre-boot-commands.asadmin";
        private final List<String> options = new ArrayList<>();
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private Consumer<String> listener = line -> {};

        private Launch(Path directory) {
            this.directory = directory;
            this.port = freePort();
        }

        /** Where the server will answer once started: a free port on loopback, chosen now. */
        public URL url() {
            return loopback(port);
        }

        /** The pre-boot commands of {@code payara/} to start with ({@code pre-boot-commands.asadmin} unless told). */
        public Launch preBootCommands(String fileName) {
            this.preBootCommands = fileName;
            return this;
        }

        /** More Payara Micro options, such as {@code --sslport 8443}. */
        public Launch options(String... more) {
            options.addAll(List.of(more));
            return this;
        }

        /** A JVM system property of the server ({@code -Dname=value}). */
        public Launch property(String name, String value) {
            properties.put(name, value);
            return this;
        }

        /**
         * The test database this run created ({@code TestDatabase}), Heard's accounts on it,
         * the test audit key and cheap password hashes, as Arquillian's servers get them.
         */
        public Launch testDatabase() {
            return property("heard.db.url", System.getProperty("heard.test.db.url"))
                    .property("heard.db.user", System.getProperty("heard.test.db.user"))
                    .property("heard.db.password", System.getProperty("heard.test.db.password"))
                    .property("heard.db.migration-user", System.getProperty("heard.test.db.owner"))
                    .property("heard.db.migration-password", System.getProperty("heard.test.db.owner-password"))
                    .property("heard.audit.key", System.getProperty("heard.test.audit.key"))
                    .property("heard.password.iterations", "1024")
                    .property("heard.signin.max-failures-per-address", "1000");
        }

        /** An environment variable of the server; every other {@code HEARD_…} variable is removed. */
        public Launch environment(String name, String value) {
            environment.put(name, value);
            return this;
        }

        /** Called with each line the server prints, as it prints it. */
        public Launch onOutput(Consumer<String> listener) {
            this.listener = listener;
            return this;
        }

        /** Starts the server and waits until Heard is deployed, at most four minutes. */
        public PayaraProcess start() throws IOException, InterruptedException {
            return PayaraProcess.start(this);
        }
    }

    /** A port on loopback that nothing listens on now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server to be started in {@code directory} (its Payara root goes there too). */
    public static Launch in(Path directory) {
        return new Launch(directory);
    }

    private static PayaraProcess start(Launch launch) throws IOException, InterruptedException {
        int port = launch.port;
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:ReservedCodeCacheSize=240m",
                "-XX:+UseSerialGC",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")));
        launch.properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(List.of("-jar", System.getProperty("payara.microJar"), "--nocluster"));
        command.addAll(List.of(
                "--deploy",
                System.getProperty("heard.war"),
                "--port",
                Integer.toString(port),
                "--disablephonehome",
                "--rootdir",
                launch.directory.resolve("payara-root").toString(),
                "--prebootcommandfile",
                Path.of(System.getProperty("heard.basedir", "."), "payara", launch.preBootCommands)
                        .toString()));
        command.addAll(launch.options);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.directory(launch.directory.toFile());
        builder.redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("HEARD_"));
        builder.environment().putAll(launch.environment);
        PayaraProcess server = new PayaraProcess(launch, builder.start(), port, launch.listener);
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
                // Into the test class's report (target/failsafe-reports/…-output.txt), as Arquillian's servers do.
                System.out.println("[payara:" + port + "] " + line);
                listener.accept(line);
                if (line.contains("Payara Micro") && line.contains("ready in")) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            // the process has ended
        }
    }

    /** Where Heard answers: the root of the server, on loopback. */
    public URL url() {
        return loopback(port);
    }

    private static URL loopback(int port) {
        try {
            return new URL("http://127.0.0.1:" + port + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the server has printed so far. */
    public List<String> output() {
        return List.copyOf(output);
    }

    /** Whether the server's process is still running. */
    public boolean alive() {
        return process.isAlive();
    }

    /** {@code kill -9}: the process ends at once, mid-request if need be. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The same server started again, as it was launched: same directory, port, settings and reader. */
    public PayaraProcess restart() throws IOException, InterruptedException {
        return launch.start();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
