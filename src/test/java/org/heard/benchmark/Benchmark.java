package org.heard.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The benchmark's command line: {@code generate} creates and fills a benchmark database,
 * {@code load} starts Heard on it (Payara Micro, {@code --nocluster}, loopback) and drives
 * it, then reports latencies, errors, throughput, CPU and memory and proves that nothing
 * was lost. Options are {@code --name value}; see docs/performance.md for all of them.
 */
public final class Benchmark {

    private static final Set<String> GENERATE_OPTIONS = Set.of(
            "interviews",
            "organisations",
            "teams",
            "interviewers",
            "years",
            "iterations",
            "database",
            "db-host",
            "db-port",
            "admin-user",
            "admin-password",
            "prefix",
            "seed");

    private static final Set<String> LOAD_OPTIONS = Set.of(
            "database",
            "interviewers",
            "interviews",
            "supervisors",
            "analysts",
            "analyst-path",
            "duration",
            "ramp",
            "typing-pause-ms",
            "saves",
            "step-pause-ms",
            "sign-in-each-interview",
            "warmup",
            "floor",
            "floor-path",
            "export",
            "port",
            "jvm",
            "seed",
            "db-url-extra",
            "launch");

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("Usage: Benchmark generate|load [--option value]...");
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected an option, not " + args[i]);
            }
            String name = args[i].substring(2);
            boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
            options.put(name, flag ? "true" : args[++i]);
        }
        Set<String> known =
                switch (args[0]) {
                    case "generate" -> GENERATE_OPTIONS;
                    case "load" -> LOAD_OPTIONS;
                    default -> throw new IllegalArgumentException(
                            "Unknown command " + args[0] + "; expected generate or load");
                };
        List<String> unknown = options.keySet().stream()
                .filter(name -> !known.contains(name))
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown option(s) for " + args[0] + ": --"
                    + String.join(", --", unknown) + "; the options are in docs/performance.md");
        }
        if (args[0].equals("generate")) {
            generate(new Options(options));
        } else {
            load(new Options(options));
        }
    }

    private record Options(Map<String, String> values) {
        String get(String name, String fallback) {
            return values.getOrDefault(name, fallback);
        }

        int integer(String name, int fallback) {
            return Integer.parseInt(get(name, String.valueOf(fallback)).replace("_", ""));
        }

        boolean flag(String name) {
            return Boolean.parseBoolean(get(name, "false"));
        }
    }

    private static Path manifest(String database) {
        return Path.of("target", "benchmark", database + ".properties");
    }

    private static void generate(Options o) throws Exception {
        String database = o.get("database", "heard_bench");
        if (!database.matches("heard_bench\\w*")) {
            throw new IllegalArgumentException("The benchmark database's name starts with heard_bench");
        }
        String host = o.get("db-host", "127.0.0.1");
        String port = o.get("db-port", "3306");
        String server = "jdbc:mysql://" + host + ":" + port + "/";
        String params = "?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8";
        String adminUser = o.get("admin-user", "root");
        String adminPassword = o.get("admin-password", "");
        String appPassword = DataGenerator.randomPassword();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try (Connection admin = DriverManager.getConnection(server + params, adminUser, adminPassword);
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database);
            sql.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String from : new String[] {"%", "localhost"}) {
                sql.execute("DROP USER IF EXISTS '" + database + "'@'" + from + "'");
                sql.execute("CREATE USER '" + database + "'@'" + from + "' IDENTIFIED BY '" + appPassword + "'");
                sql.execute("GRANT ALL PRIVILEGES ON " + database + ".* TO '" + database + "'@'" + from + "'");
            }
        }
        String url = server + database + params;
        String staffPassword = DataGenerator.randomPassword();
        DataGenerator.Settings settings = new DataGenerator.Settings(
                url,
                adminUser,
                adminPassword,
                o.integer("organisations", 10),
                o.integer("teams", 5),
                o.integer("interviewers", 20),
                o.integer("interviews", 10_000),
                o.get("prefix", "BN"),
                staffPassword,
                o.integer("iterations", 210_000),
                key,
                o.integer("years", 5),
                Long.parseLong(o.get("seed", "42")));
        DataGenerator.Result result = new DataGenerator(settings).generate();
        Properties manifest = new Properties();
        manifest.setProperty("db.url", url);
        manifest.setProperty("db.user", database);
        manifest.setProperty("db.password", appPassword);
        manifest.setProperty("audit.key", Base64.getEncoder().encodeToString(key));
        manifest.setProperty("staff.password", staffPassword);
        manifest.setProperty("prefix", settings.prefix());
        manifest.setProperty("organisations", String.valueOf(settings.organisations()));
        manifest.setProperty("interviewers", String.valueOf(settings.interviewersPerOrganisation()));
        manifest.setProperty("interviews", String.valueOf(settings.interviews()));
        Files.createDirectories(manifest(database).getParent());
        try (Writer out = Files.newBufferedWriter(manifest(database))) {
            manifest.store(out, "Benchmark database " + database + " (generated; holds test-only secrets)");
        }
        System.out.printf(
                Locale.ROOT,
                "Generated %d interviews (%d rows) in %d organisations into %s in %.1f s (%.0f interviews/s)%n",
                result.interviews(),
                result.rows(),
                result.organisations().size(),
                database,
                result.took().toMillis() / 1000.0,
                result.interviews() / Math.max(0.001, result.took().toMillis() / 1000.0));
    }

    private static BenchmarkServer.Launch launch(String name) {
        return switch (name) {
            case "prepared" -> BenchmarkServer.Launch.PREPARED;
            case "jar" -> BenchmarkServer.Launch.JAR;
            default -> throw new IllegalArgumentException("--launch is prepared or jar, not " + name);
        };
    }

    private static List<String> accounts(Properties manifest, String suffix, int perOrganisation, int wanted) {
        List<String> accounts = new ArrayList<>();
        int organisations = Integer.parseInt(manifest.getProperty("organisations"));
        for (int k = 1; k <= perOrganisation && accounts.size() < wanted; k++) {
            for (int org = 1; org <= organisations && accounts.size() < wanted; org++) {
                String code = String.format(Locale.ROOT, "%s%03d", manifest.getProperty("prefix"), org)
                        .toLowerCase(Locale.ROOT);
                accounts.add("bench-" + code + "-" + suffix + (suffix.equals("i") ? k : ""));
            }
        }
        return accounts;
    }

    private static void load(Options o) throws Exception {
        String database = o.get("database", "heard_bench");
        Properties manifest = new Properties();
        try (Reader in = Files.newBufferedReader(manifest(database))) {
            manifest.load(in);
        }
        int interviewers = o.integer("interviewers", 10);
        int perOrganisation = Integer.parseInt(manifest.getProperty("interviewers"));
        List<String> interviewerAccounts = accounts(manifest, "i", perOrganisation, interviewers);
        if (interviewerAccounts.size() < interviewers) {
            throw new IllegalArgumentException("The database has only " + interviewerAccounts.size() + " interviewers");
        }
        boolean floor = o.flag("floor");
        String floorPath = floor ? o.get("floor-path", "/resources/heard/js/session.js") : null;
        int duration = o.integer("duration", 120);
        LoadDriver.Settings settings = new LoadDriver.Settings(
                URI.create("http://127.0.0.1/"),
                manifest.getProperty("staff.password"),
                interviewerAccounts,
                floor ? List.of() : accounts(manifest, "s1", 1, o.integer("supervisors", 0)),
                floor ? List.of() : accounts(manifest, "qa1", 1, o.integer("analysts", 0)),
                o.integer("interviews", interviewers),
                Duration.ofSeconds(duration),
                Duration.ofMillis(o.integer("typing-pause-ms", 3000)),
                o.integer("saves", 6),
                Duration.ofMillis(o.integer("step-pause-ms", 3000)),
                Duration.ofSeconds(o.integer("ramp", Math.min(30, duration / 4))),
                o.get("analyst-path", "/qa/index.xhtml"),
                floorPath,
                !o.flag("sign-in-each-interview"),
                Long.parseLong(o.get("seed", "7")));
        LoadDriver.Settings warmup = warmup(settings, o.integer("warmup", 50));
        Map<String, String> env = Map.of(
                "HEARD_DB_URL", manifest.getProperty("db.url") + o.get("db-url-extra", ""),
                "HEARD_DB_USER", manifest.getProperty("db.user"),
                "HEARD_DB_PASSWORD", manifest.getProperty("db.password"),
                "HEARD_AUDIT_KEY", manifest.getProperty("audit.key"));
        List<String> jvm = List.of(o.get("jvm", "-Xmx1g").split(","));
        int port = o.integer("port", 8181);
        StringBuilder report = new StringBuilder();
        report.append("Benchmark ")
                .append(Instant.now())
                .append(" on ")
                .append(machine())
                .append('\n');
        report.append("Options: ").append(new java.util.TreeMap<>(o.values())).append('\n');
        BenchmarkServer.Launch launch = launch(o.get("launch", "prepared"));
        try (BenchmarkServer server = BenchmarkServer.start(
                launch,
                Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar")),
                Path.of(System.getProperty("heard.war", "target/heard.war")),
                Path.of("target", "benchmark", "server"),
                port,
                env,
                jvm)) {
            long pid = server.pid();
            report.append(
                    launch == BenchmarkServer.Launch.PREPARED
                            ? String.format(
                                    Locale.ROOT,
                                    "Launch: from a prepared root (payara/prepare-root.sh, %.1f s before the launch)%n",
                                    server.preparation().toMillis() / 1000.0)
                            : "Launch: java -jar payara-micro.jar --nocluster --deploy heard.war\n");
            report.append(String.format(
                    Locale.ROOT,
                    "Cold start %.1f s; at rest RSS %.0f MiB, heap used %.0f MiB%n",
                    server.coldStart().toMillis() / 1000.0,
                    BenchmarkServer.rssMiB(pid),
                    BenchmarkServer.heapUsedMiB(pid)));
            Optional<Long> db = BenchmarkServer.databasePid();
            if (o.flag("export")) {
                double heapBefore = BenchmarkServer.heapUsedMiB(pid);
                AtomicReference<Double> peak = new AtomicReference<>(heapBefore);
                Thread sampler = sampler(pid, peak, null);
                long t = System.nanoTime();
                long[] csv = LoadDriver.export(
                        server.base(), accounts(manifest, "s1", 1, 1).get(0), manifest.getProperty("staff.password"));
                double seconds = (System.nanoTime() - t) / 1e9;
                sampler.interrupt();
                sampler.join();
                report.append(String.format(
                        Locale.ROOT,
                        "CSV export: status %d, %d bytes, %d lines in %.2f s; heap before %.0f MiB, peak %.0f MiB%n",
                        csv[0],
                        csv[1],
                        csv[2],
                        seconds,
                        heapBefore,
                        peak.get()));
            } else {
                if (warmup != null) {
                    LoadDriver.Result warm = new LoadDriver(withBase(warmup, server.base())).run();
                    report.append(String.format(
                            Locale.ROOT,
                            "Warm-up (not counted): %d interviewers, %d supervisors, %d analysts; %d complete"
                                    + " interviews, %d autosaves, %d errors in %.1f s%n",
                            warmup.interviewers().size(),
                            warmup.supervisors().size(),
                            warmup.analysts().size(),
                            warm.completedInterviews(),
                            warm.autosaves(),
                            warm.errors(),
                            warm.elapsed().toMillis() / 1000.0));
                    warm.errorSamples()
                            .forEach(e ->
                                    report.append("warm-up error: ").append(e).append('\n'));
                    if (!floor) {
                        report.append("Warm-up arrival check: ")
                                .append(arrivals(manifest, warm))
                                .append('\n');
                    }
                }
                double serverCpu = BenchmarkServer.cpuSeconds(pid);
                double dbCpu = db.isPresent() ? BenchmarkServer.cpuSeconds(db.get()) : 0;
                long gcMark = server.gcLogMark();
                AtomicReference<Double> peakRss = new AtomicReference<>(0.0);
                Thread sampler = rssSampler(pid, peakRss);
                LoadDriver.Result run = new LoadDriver(withBase(settings, server.base())).run();
                sampler.interrupt();
                sampler.join();
                double serverUsed = BenchmarkServer.cpuSeconds(pid) - serverCpu;
                BenchmarkServer.GcActivity gc = server.collectionsSince(gcMark);
                double heapAtEnd = BenchmarkServer.heapUsedMiB(pid);
                double dbUsed = db.isPresent() ? BenchmarkServer.cpuSeconds(db.get()) - dbCpu : Double.NaN;
                report.append(run.table());
                int done = Math.max(1, run.completedInterviews());
                report.append(String.format(
                        Locale.ROOT,
                        "CPU: server %.1f s (%.2f s per complete interview), database %.1f s (%.2f s per complete"
                                + " interview; the database server is shared)%n",
                        serverUsed,
                        serverUsed / done,
                        dbUsed,
                        dbUsed / done));
                report.append(String.format(
                        Locale.ROOT,
                        "Under load: peak heap used %.0f MiB (just before a collection; at most %.0f MiB"
                                + " just after one; %d collections; %.0f MiB at the end), peak RSS %.0f MiB%n",
                        Math.max(gc.peakBeforeMiB(), heapAtEnd),
                        gc.peakAfterMiB(),
                        gc.count(),
                        heapAtEnd,
                        peakRss.get()));
                run.errorSamples()
                        .forEach(e -> report.append("error: ").append(e).append('\n'));
                if (!floor) {
                    report.append("Arrival check: ")
                            .append(arrivals(manifest, run))
                            .append('\n');
                }
            }
        }
        System.out.print(report);
        Path out = Path.of("target", "benchmark", "report-" + System.currentTimeMillis() + ".txt");
        Files.writeString(out, report);
        System.out.println("Report written to " + out);
    }

    private static String arrivals(Properties manifest, LoadDriver.Result run) throws Exception {
        try (Connection check = DriverManager.getConnection(
                manifest.getProperty("db.url"), manifest.getProperty("db.user"), manifest.getProperty("db.password"))) {
            return ArrivalCheck.check(check, run).summary();
        }
    }

    /**
     * A short run before the measured one, so that the figures are of a server whose code
     * the JIT compiler has compiled (on two cores its compiler threads otherwise take most
     * of a core for the first minutes): {@code interviews} quick interviews by at most as
     * many interviewers, beside the same supervisors and analysts; 45 seconds of theirs
     * when the run has no interviewers. Nothing of it is counted. Null for none.
     */
    private static LoadDriver.Settings warmup(LoadDriver.Settings s, int interviews) {
        if (interviews <= 0) {
            return null;
        }
        List<String> interviewers = s.interviewers()
                .subList(0, Math.min(interviews, s.interviewers().size()));
        return new LoadDriver.Settings(
                s.base(),
                s.password(),
                interviewers,
                s.supervisors(),
                s.analysts(),
                interviewers.isEmpty() ? 0 : interviews,
                Duration.ofSeconds(interviewers.isEmpty() ? 45 : 120),
                Duration.ofMillis(200),
                2,
                Duration.ofMillis(200),
                Duration.ofSeconds(2),
                s.analystPath(),
                s.floorPath(),
                true,
                s.seed() + 1_000_000);
    }

    private static LoadDriver.Settings withBase(LoadDriver.Settings s, URI base) {
        return new LoadDriver.Settings(
                base,
                s.password(),
                s.interviewers(),
                s.supervisors(),
                s.analysts(),
                s.maxInterviews(),
                s.duration(),
                s.typingPause(),
                s.savesPerAnswer(),
                s.stepPause(),
                s.ramp(),
                s.analystPath(),
                s.floorPath(),
                s.signInOnce(),
                s.seed());
    }

    /** Samples the server's resident memory every two seconds until interrupted, keeping the peak. */
    private static Thread rssSampler(long pid, AtomicReference<Double> rss) {
        Thread thread = new Thread(
                () -> {
                    try {
                        while (!Thread.currentThread().isInterrupted()) {
                            rss.accumulateAndGet(BenchmarkServer.rssMiB(pid), Math::max);
                            java.util.concurrent.locks.LockSupport.parkNanos(
                                    Duration.ofSeconds(2).toNanos());
                        }
                    } catch (IOException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "bench-rss-sampler");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * Samples the server's heap with {@code jcmd} (and RSS) every two seconds until
     * interrupted, keeping the peaks: for the export, a single request, where the samples'
     * own processor time cannot slow interactive requests.
     */
    private static Thread sampler(long pid, AtomicReference<Double> heap, AtomicReference<Double> rss) {
        Thread thread = new Thread(
                () -> {
                    try {
                        while (!Thread.currentThread().isInterrupted()) {
                            double used = BenchmarkServer.heapUsedMiB(pid);
                            heap.accumulateAndGet(used, Math::max);
                            if (rss != null) {
                                rss.accumulateAndGet(BenchmarkServer.rssMiB(pid), Math::max);
                            }
                            java.util.concurrent.locks.LockSupport.parkNanos(
                                    Duration.ofSeconds(2).toNanos());
                        }
                    } catch (IOException | InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "bench-sampler");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static String machine() {
        long memory = ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return Runtime.getRuntime().availableProcessors() + " cores, " + memory / (1L << 30) + " GiB, JDK "
                + System.getProperty("java.version");
    }
}
