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
 * port, with the benchmark database's settings, launched as {@link Launch} says. Measures
 * the cold start (launch until the sign-in page answers) and reads the process's CPU time and resident memory from
 * {@code /proc}, its Java heap from {@code jcmd} at single moments and from its GC log
 * ({@code -Xlog:gc}, {@code gc.log} beside {@code payara.log}) over a run: a sampler that
 * started {@code jcmd}, itself a JVM, every few seconds would take the server's processor
 * during the very run it measures.
 */
final class BenchmarkServer implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    /** A collection in the unified GC log: heap used before and after it, and the heap's size. */
    private static final Pattern COLLECTION = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    /** How Payara Micro is launched: the two launches of docs/configuration.md. */
    enum Launch {
        /**
         * From a root prepared by {@code payara/prepare-root.sh} (launcher, Heard deployed,
         * class-data-sharing archive), prepared before the launch and not counted in the cold
         * start; {@code -Xshare:on}, so that a start without the archive fails instead of being
         * measured as one with it.
         */
        PREPARED,
        /** {@code java -jar payara-micro.jar --nocluster --deploy heard.war} into a fresh root. */
        JAR
    }

    private final Process process;
    private final URI base;
    private final Duration coldStart;
    private final Duration preparation;
    private final Path gcLog;

    private BenchmarkServer(Process process, URI base, Duration coldStart, Duration preparation, Path gcLog) {
        this.process = process;
        this.base = base;
        this.coldStart = coldStart;
        this.preparation = preparation;
        this.gcLog = gcLog;
    }

    static BenchmarkServer start(
            Launch launch,
            Path microJar,
            Path war,
            Path workDir,
            int port,
            Map<String, String> env,
            List<String> jvmOptions)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path preBoot = Path.of(System.getProperty("heard.basedir", "."), "payara", "pre-boot-commands.asadmin");
        Path gcLog = workDir.resolve("gc.log");
        Files.deleteIfExists(gcLog);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Xlog:gc:file=" + gcLog);
        Duration preparation = Duration.ZERO;
        if (launch == Launch.PREPARED) {
            Path root = workDir.resolve("prepared-root").toAbsolutePath();
            preparation = prepare(microJar, war, root, port, env, workDir.resolve("prepare.out"));
            String launcher = root.resolve("launch-micro.jar").toString();
            command.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + root.resolve("heard.jsa")));
            command.addAll(List.of("-jar", launcher, "--nocluster"));
        } else {
            // A fresh root every time: a root left by an earlier run still lists its deployment,
            // so Payara Micro would deploy Heard twice and the cold start would count both.
            deleteTree(workDir.resolve("payara-root"));
            command.addAll(List.of("-jar", microJar.toString(), "--nocluster"));
            command.addAll(List.of(
                    "--deploy",
                    war.toString(),
                    "--contextroot",
                    "/",
                    "--rootdir",
                    workDir.resolve("payara-root").toString()));
        }
        command.addAll(List.of(
                "--port", String.valueOf(port), "--disablephonehome", "--prebootcommandfile", preBoot.toString()));
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
                    return new BenchmarkServer(
                            process, base, Duration.ofNanos(System.nanoTime() - begin), preparation, gcLog);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            process.waitFor(250, TimeUnit.MILLISECONDS);
        }
        process.destroy();
        throw new IOException("Heard did not answer within 4 minutes; see " + workDir.resolve("payara.log"));
    }

    /**
     * Prepares {@code root} with {@code payara/prepare-root.sh}, as an installation does, its
     * warm-up start on the benchmark's port; bounded to ten minutes.
     */
    private static Duration prepare(Path microJar, Path war, Path root, int port, Map<String, String> env, Path out)
            throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("heard.basedir", "."), "payara", "prepare-root.sh");
        ProcessBuilder builder = new ProcessBuilder(
                        "bash",
                        script.toString(),
                        microJar.toString(),
                        war.toString(),
                        root.toString(),
                        "--port",
                        String.valueOf(port))
                .redirectErrorStream(true)
                .redirectOutput(out.toFile());
        builder.environment().putAll(env);
        // The script runs the same JDK as the benchmark's server: the archive is valid for that JDK only.
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        long begin = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("Preparing the Payara Micro root took over 10 minutes; see " + out);
        }
        if (process.exitValue() != 0) {
            throw new IOException(
                    "Preparing the Payara Micro root failed; see " + out + " and " + root + ".prepare.log");
        }
        return Duration.ofNanos(System.nanoTime() - begin);
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

    /** How long preparing the root took before the launch; zero for {@link Launch#JAR}. */
    Duration preparation() {
        return preparation;
    }

    long pid() {
        return process.pid();
    }

    /** Where the GC log ends now: {@link #collectionsSince} reads what is written after it. */
    long gcLogMark() throws IOException {
        return Files.exists(gcLog) ? Files.size(gcLog) : 0;
    }

    /** The collections logged since {@code mark}. */
    GcActivity collectionsSince(long mark) throws IOException {
        if (!Files.exists(gcLog)) {
            return GcActivity.NONE;
        }
        byte[] log = Files.readAllBytes(gcLog);
        int from = (int) Math.min(mark, log.length);
        return GcActivity.of(new String(log, from, log.length - from, StandardCharsets.UTF_8));
    }

    /**
     * The collections of part of a GC log: how many, and the most heap in use just before
     * one (the peak, garbage included) and just after one (what survived), in MiB.
     */
    record GcActivity(int count, double peakBeforeMiB, double peakAfterMiB) {

        static final GcActivity NONE = new GcActivity(0, 0, 0);

        static GcActivity of(String log) {
            int count = 0;
            double before = 0;
            double after = 0;
            Matcher m = COLLECTION.matcher(log);
            while (m.find()) {
                count++;
                before = Math.max(before, mib(m.group(1), m.group(2)));
                after = Math.max(after, mib(m.group(3), m.group(4)));
            }
            return new GcActivity(count, before, after);
        }

        private static double mib(String amount, String unit) {
            double value = Long.parseLong(amount);
            return switch (unit) {
                case "K" -> value / 1024;
                case "G" -> value * 1024;
                default -> value;
            };
        }
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
