package org.heard.benchmark;

import java.io.File;
import java.io.IOException;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heard on Payara Micro for a benchmark run: always {@code --nocluster}, on a loopback
 * port, with the benchmark database's settings. Measures the cold start (launch until
 * the sign-in page answers) and reads the process's CPU time, resident memory and Java
 * heap from {@code /proc} and {@code jcmd}.
 */
final class BenchmarkServer implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final Process process;
    private final URI base;
    private final Duration coldStart;

    private BenchmarkServer(Process process, URI base, Duration coldStart) {
        this.process = process;
        this.base = base;
        this.coldStart = coldStart;
    }

    static BenchmarkServer start(
            Path microJar, Path war, Path workDir, int port, Map<String, String> env, List<String> jvmOptions)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        // A fresh root every time: a root left by an earlier run still lists its deployment,
        // so Payara Micro would deploy Heard twice and the cold start would count both.
        deleteTree(workDir.resolve("payara-root"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar",
                microJar.toString(),
                "--nocluster",
                "--deploy",
                war.toString(),
                "--contextroot",
                "/",
                "--port",
                String.valueOf(port),
                "--disablephonehome",
                "--rootdir",
                workDir.resolve("payara-root").toString(),
                "--prebootcommandfile",
                Path.of(System.getProperty("heard.basedir", "."), "payara", "pre-boot-commands.asadmin")
                        .toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("payara.log").toFile());
        builder.environment().putAll(env);
        long begin = System.nanoTime();
        Process process = builder.start();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        // HTTP/1.1 as the driver speaks it: no h2c upgrade, whose answer the request timeout does not cover.
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        long giveUp = begin + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < giveUp) {
            if (!process.isAlive()) {
                throw new IOException("Payara Micro stopped; see " + workDir.resolve("payara.log"));
            }
            try {
                HttpResponse<Void> answer = http.send(
                        HttpRequest.newBuilder(base.resolve("signin.xhtml"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return new BenchmarkServer(process, base, Duration.ofNanos(System.nanoTime() - begin));
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            process.waitFor(250, TimeUnit.MILLISECONDS);
        }
        process.destroy();
        throw new IOException("Heard did not answer within 4 minutes; see " + workDir.resolve("payara.log"));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    URI base() {
        return base;
    }

    Duration coldStart() {
        return coldStart;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** User plus system CPU time of a process, in seconds. */
    static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"), StandardCharsets.US_ASCII);
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields[0] is the state (field 3 of stat): utime and stime are fields 14 and 15.
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    /** Resident memory of a process, in MiB. */
    static double rssMiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return 0;
    }

    /** Java heap in use, in MiB, as {@code jcmd GC.heap_info} reports it. */
    static double heapUsedMiB(long pid) throws IOException, InterruptedException {
        File jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toFile();
        Process p = new ProcessBuilder(jcmd.getPath(), String.valueOf(pid), "GC.heap_info")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        Matcher used = HEAP_USED.matcher(out);
        return used.find() ? Long.parseLong(used.group(1)) / 1024.0 : -1;
    }

    /** The database server's process on this machine, if it runs here. */
    static Optional<Long> databasePid() throws IOException {
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .toList()) {
                try {
                    String comm = Files.readString(proc.resolve("comm")).trim();
                    if (comm.equals("mariadbd") || comm.equals("mysqld")) {
                        return Optional.of(Long.parseLong(proc.getFileName().toString()));
                    }
                } catch (IOException gone) {
                    // the process ended while listing
                }
            }
        }
        return Optional.empty();
    }
}
