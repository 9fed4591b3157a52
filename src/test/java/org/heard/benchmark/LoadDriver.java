package org.heard.benchmark;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.jsoup.nodes.Element;

/**
 * Drives Heard as people use it, on loopback only, bounded in count and time. Virtual
 * interviewers do complete interviews through the real pages and the autosave API — sign
 * in, start, statement and consent, seven questions with autosaves while they "type",
 * support, check answers, submit — and remember every answer the server acknowledged, so
 * that {@link ArrivalCheck} can prove afterwards that none was lost. Virtual supervisors
 * open, page and filter the consent register (PrimeFaces ajax, as the page sends it);
 * virtual analysts open a page given by its path (the QA dashboard). In floor mode every
 * request of the same journey, at the same pace, is a GET of one trivial resource instead:
 * what the server itself can do.
 */
public final class LoadDriver {

    private static final Logger LOG = Logger.getLogger(LoadDriver.class.getName());
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern INTERVIEW_ID = Pattern.compile("(?:^|&)id=(\\d+)");
    private static final int QUESTIONS = 7;

    /**
     * Who takes part, at what pace, and the bounds of the run. The pauses are means: each
     * pause is drawn between half and one and a half times its mean, so that virtual people
     * do not move in step. The interviewers arrive spread evenly over {@code ramp}.
     */
    public record Settings(
            URI base,
            String password,
            List<String> interviewers,
            List<String> supervisors,
            List<String> analysts,
            int maxInterviews,
            Duration duration,
            Duration typingPause,
            int savesPerAnswer,
            Duration stepPause,
            Duration ramp,
            String analystPath,
            String floorPath,
            boolean signInOnce,
            long seed) {}

    /** The figures of a run, and what the server acknowledged, for the arrival check. */
    public static final class Result {
        final Map<String, Histogram> latencies = new TreeMap<>();
        final AtomicLong errors = new AtomicLong();
        /** Requests the container refused with 403 for a signed-in person of the right role (each is also an error). */
        final AtomicLong container403s = new AtomicLong();

        final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger completed = new AtomicInteger();
        final AtomicLong autosaves = new AtomicLong();
        /** Interview id → question number → the text the server last acknowledged. */
        final Map<Long, Map<Integer, String>> answers = new ConcurrentHashMap<>();
        /** Interview id → rating statement id → the rating acknowledged. */
        final Map<Long, Map<Long, Integer>> ratings = new ConcurrentHashMap<>();

        final Set<Long> submitted = ConcurrentHashMap.newKeySet();
        Duration elapsed = Duration.ZERO;

        public long errors() {
            return errors.get();
        }

        public long container403s() {
            return container403s.get();
        }

        public List<String> errorSamples() {
            return List.copyOf(errorSamples);
        }

        public int completedInterviews() {
            return completed.get();
        }

        public long autosaves() {
            return autosaves.get();
        }

        public Map<Long, Map<Integer, String>> answers() {
            return answers;
        }

        public Map<Long, Map<Long, Integer>> ratings() {
            return ratings;
        }

        public Set<Long> submitted() {
            return submitted;
        }

        public Duration elapsed() {
            return elapsed;
        }

        public Map<String, Histogram> latencies() {
            return latencies;
        }

        /** One line per kind of request: count, p50, p95, p99 and max in milliseconds. */
        public String table() {
            StringBuilder table = new StringBuilder(String.format(
                    Locale.ROOT,
                    "%-18s %8s %9s %9s %9s %9s%n",
                    "request",
                    "count",
                    "p50 ms",
                    "p95 ms",
                    "p99 ms",
                    "max ms"));
            latencies.forEach((name, h) -> table.append(String.format(
                    Locale.ROOT,
                    "%-18s %8d %9.1f %9.1f %9.1f %9.1f%n",
                    name,
                    h.getTotalCount(),
                    h.getValueAtPercentile(50) / 1000.0,
                    h.getValueAtPercentile(95) / 1000.0,
                    h.getValueAtPercentile(99) / 1000.0,
                    h.getMaxValue() / 1000.0)));
            double seconds = Math.max(0.001, elapsed.toMillis() / 1000.0);
            table.append(String.format(
                    Locale.ROOT,
                    "errors %d (of them container 403s for a signed-in person: %d); complete interviews %d in %.1f s (%.3f per second);"
                            + " autosaves %d%n",
                    errors.get(),
                    container403s.get(),
                    completed.get(),
                    seconds,
                    completed.get() / seconds,
                    autosaves.get()));
            return table.toString();
        }

        synchronized Histogram histogram(String name) {
            return latencies.computeIfAbsent(name, n -> new ConcurrentHistogram(120_000_000L, 3));
        }
    }

    private final Settings settings;
    private final Result result = new Result();
    private final AtomicInteger started = new AtomicInteger();
    private long begin;
    private long deadline;
    private long hardDeadline;

    public LoadDriver(Settings settings) {
        if (!isLoopback(settings.base())) {
            throw new IllegalArgumentException("The benchmark drives loopback addresses only, not " + settings.base());
        }
        this.settings = settings;
    }

    /** Runs every virtual person until the interviews are done or the time is up; never longer. */
    public Result run() throws InterruptedException {
        begin = System.nanoTime();
        deadline = begin + settings.duration().toNanos();
        // Interviews under way may finish: at least a minute, or twice the length of one at this pace.
        hardDeadline = deadline
                + Math.max(
                        Duration.ofSeconds(60).toNanos(), 2 * interviewLength().toNanos());
        List<Thread> threads = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(settings.interviewers().size()
                + settings.supervisors().size()
                + settings.analysts().size());
        int n = 0;
        int interviewers = settings.interviewers().size();
        for (String username : settings.interviewers()) {
            long seed = settings.seed() + n;
            Duration arrival = settings.ramp().multipliedBy(n).dividedBy(Math.max(1, interviewers));
            n++;
            threads.add(person("interviewer-" + n, done, () -> {
                pause(arrival);
                if (settings.floorPath() != null) {
                    floorInterviews(new SplittableRandom(seed));
                } else {
                    interviews(username, new SplittableRandom(seed));
                }
            }));
        }
        for (String username : settings.supervisors()) {
            long seed = settings.seed() + n++;
            threads.add(person("supervisor-" + n, done, () -> register(username, new SplittableRandom(seed))));
        }
        for (String username : settings.analysts()) {
            long seed = settings.seed() + n++;
            threads.add(person("analyst-" + n, done, () -> analyst(username, new SplittableRandom(seed))));
        }
        threads.forEach(Thread::start);
        long waitMillis = Duration.ofNanos(hardDeadline - System.nanoTime()).toMillis() + 30_000;
        if (!done.await(waitMillis, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            threads.forEach(Thread::interrupt);
            error("run", "virtual people still running after the hard deadline");
        }
        result.elapsed = Duration.ofNanos(System.nanoTime() - begin);
        return result;
    }

    /** How long one interview takes at the settings' pace, the server's time aside. */
    Duration interviewLength() {
        long steps = 2 + QUESTIONS + 2;
        long typing = 1 + (long) QUESTIONS * Math.max(1, settings.savesPerAnswer());
        return settings.stepPause()
                .multipliedBy(steps)
                .plus(settings.typingPause().multipliedBy(typing));
    }

    private interface Journey {
        void run() throws Exception;
    }

    private Thread person(String name, CountDownLatch done, Journey journey) {
        Thread thread = new Thread(
                () -> {
                    try {
                        journey.run();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (Exception e) {
                        error(name, e.toString());
                    } finally {
                        done.countDown();
                    }
                },
                "bench-" + name);
        thread.setDaemon(true);
        return thread;
    }

    private boolean timeLeft() {
        return System.nanoTime() < deadline;
    }

    private boolean mayStartInterview() {
        return timeLeft() && started.incrementAndGet() <= settings.maxInterviews();
    }

    private void error(String where, String what) {
        result.errors.incrementAndGet();
        if (result.errorSamples.size() < 50) {
            result.errorSamples.add(where + ": " + what);
        }
        LOG.warning(() -> "Benchmark error at " + where + ": " + what);
    }

    private void record(String name, long startNanos) {
        result.histogram(name).recordValue(Math.max(1, (System.nanoTime() - startNanos) / 1000));
    }

    /** Also by minute of the run, to show how latency moves as the server warms up or fills. */
    private void recordTimeline(String name, long startNanos) {
        long minute = 1 + Duration.ofNanos(startNanos - begin).toMinutes();
        record(String.format(Locale.ROOT, "%s.minute-%02d", name, minute), startNanos);
    }

    /** A pause of about {@code mean}: between half and one and a half times it. */
    private void think(Duration mean, SplittableRandom random) throws InterruptedException {
        long nanos = mean.toNanos();
        if (nanos > 0) {
            pause(Duration.ofNanos(nanos / 2 + random.nextLong(nanos + 1)));
        }
    }

    /**
     * The virtual person's own pace (reading aloud, typing): not a wait for the server.
     * Never past the hard deadline.
     */
    private void pause(Duration pause) throws InterruptedException {
        long until = Math.min(System.nanoTime() + pause.toNanos(), hardDeadline);
        while (System.nanoTime() < until) {
            LockSupport.parkNanos(until - System.nanoTime());
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }

    // --- interviewers

    private WebUser signIn(String username, String landing) throws IOException, InterruptedException {
        WebUser user = new WebUser(settings.base(), result.container403s);
        long t = System.nanoTime();
        WebUser.Page signin = user.get(landing);
        WebUser.Form form = WebUser.form(signin, "signin")
                .set("signin:username", username)
                .set("signin:password", settings.password());
        WebUser.Page after = user.post(form.action(), form.pressing("signin:submit"), Map.of());
        record("sign-in", t);
        if (after.status() != 200 || after.path().endsWith("/signin.xhtml")) {
            throw new IOException("Sign-in of " + username + " failed: " + after.status() + " " + after.path());
        }
        return user;
    }

    private void interviews(String username, SplittableRandom random) throws Exception {
        WebUser session = settings.signInOnce() ? signIn(username, "/interviewer/index.xhtml") : null;
        while (mayStartInterview()) {
            WebUser user = session != null ? session : signIn(username, "/interviewer/index.xhtml");
            try {
                interview(user, random);
                result.completed.incrementAndGet();
            } catch (IOException e) {
                error(username, e.getMessage());
            }
        }
    }

    private WebUser.Page step(WebUser user, String name, WebUser.Form form, String button, String expectedPath)
            throws IOException, InterruptedException {
        long t = System.nanoTime();
        WebUser.Page page = user.post(form.action(), form.pressing(button), Map.of());
        record("step", t);
        record("step." + name, t);
        recordTimeline("step", t);
        if (page.status() != 200 || !page.path().endsWith(expectedPath)) {
            throw new IOException(
                    "Step " + name + " ended on " + page.status() + " " + page.path() + " instead of " + expectedPath);
        }
        return page;
    }

    private void interview(WebUser user, SplittableRandom random) throws Exception {
        long t = System.nanoTime();
        WebUser.Page startPage = user.get("/interviewer/start.xhtml");
        record("page.start", t);
        WebUser.Form start = WebUser.form(startPage, "start");
        if (start.has("start:script")) {
            start.choose("start:script", start.firstChoice("start:script"));
        }
        start.choose("start:mode", random.nextBoolean() ? "TELEPHONE" : "IN_PERSON")
                .choose("start:respondent", "PARENT")
                .choose("start:team", start.firstChoice("start:team"));
        think(settings.stepPause(), random);
        WebUser.Page statement = step(user, "start", start, "start:begin", "/interviewer/interview/statement.xhtml");
        Matcher id = INTERVIEW_ID.matcher(statement.query());
        if (!id.find()) {
            throw new IOException("No interview id in " + statement.uri());
        }
        long interviewId = Long.parseLong(id.group(1));

        WebUser.Form consent = WebUser.form(statement, "consent")
                .set("consent:read", "on")
                .choose("consent:choice", "ANONYMOUS")
                .choose("consent:agreed", "true");
        think(settings.stepPause(), random);
        WebUser.Page page = step(user, "statement", consent, "consent:record", "/interviewer/interview/question.xhtml");

        for (int q = 1; q <= QUESTIONS; q++) {
            page = question(user, page, interviewId, q, random);
        }
        WebUser.Form support = WebUser.form(page, "support");
        Element offered = support.element().selectFirst("input[type=checkbox][name$=:offered]");
        if (offered != null) {
            support.set(offered.attr("name"), "on");
        }
        think(settings.stepPause(), random);
        page = step(user, "support", support, "support:next", "/interviewer/interview/check.xhtml");
        WebUser.Form submit = WebUser.form(page, "submit");
        think(settings.stepPause(), random);
        long s = System.nanoTime();
        WebUser.Page after = user.post(submit.action(), submit.pressing("submit:submitInterview"), Map.of());
        record("step", s);
        record("step.submit", s);
        recordTimeline("step", s);
        if (after.status() != 200 || after.path().endsWith("/check.xhtml")) {
            throw new IOException(
                    "Submitting interview " + interviewId + " ended on " + after.status() + " " + after.path());
        }
        result.submitted.add(interviewId);
    }

    private WebUser.Page question(WebUser user, WebUser.Page page, long interviewId, int q, SplittableRandom random)
            throws Exception {
        WebUser.Form form = WebUser.form(page, "answer");
        Element box = page.document().getElementById("autosave");
        if (box == null || !String.valueOf(q).equals(box.attr("data-question"))) {
            throw new IOException("Expected question " + q + " of interview " + interviewId + " on " + page.uri());
        }
        String api = "/api/interviews/" + interviewId + "/questions/" + q;
        List<Element> statements = form.element().select("fieldset[data-statement]");
        if (!statements.isEmpty()) {
            Map<Long, Integer> chosen = new TreeMap<>();
            StringBuilder json = new StringBuilder("{\"ratings\":{");
            for (Element statement : statements) {
                long statementId = Long.parseLong(statement.attr("data-statement"));
                int value = 1 + random.nextInt(5);
                chosen.put(statementId, value);
                Element radio = statement.selectFirst("input[type=radio][value=" + value + "]");
                if (radio == null) {
                    throw new IOException("No rating " + value + " for statement " + statementId);
                }
                form.set(radio.attr("name"), String.valueOf(value));
                json.append(json.charAt(json.length() - 1) == '{' ? "" : ",")
                        .append('"')
                        .append(statementId)
                        .append("\":")
                        .append(value);
            }
            json.append("}}");
            think(settings.typingPause(), random);
            long t = System.nanoTime();
            HttpResponse<String> saved = user.putJson(api + "/ratings", json.toString());
            record("autosave.ratings", t);
            if (saved.statusCode() != 200) {
                throw new IOException("Ratings of interview " + interviewId + " refused: " + saved.statusCode());
            }
            result.ratings
                    .computeIfAbsent(interviewId, k -> new ConcurrentHashMap<>())
                    .putAll(chosen);
        }
        int length = q == 1 ? 200 + random.nextInt(300) : 50 + random.nextInt(1950);
        String text = Words.text(random, length);
        Long version = form.fields().getOrDefault("answer:version", "").isEmpty()
                ? null
                : Long.valueOf(form.fields().get("answer:version"));
        int saves = Math.max(1, settings.savesPerAnswer());
        for (int k = 1; k <= saves; k++) {
            String typed = text.substring(0, Math.max(1, text.length() * k / saves));
            think(settings.typingPause(), random);
            String body = "{\"text\":" + json(typed) + ",\"declined\":false,\"note\":null,\"version\":"
                    + (version == null ? "null" : version) + "}";
            long t = System.nanoTime();
            HttpResponse<String> saved = user.putJson(api + "/answer", body);
            record("autosave", t);
            recordTimeline("autosave", t);
            if (saved.statusCode() != 200) {
                throw new IOException("Autosave of interview " + interviewId + " question " + q + " refused: "
                        + saved.statusCode() + " "
                        + saved.body().substring(0, Math.min(200, saved.body().length())));
            }
            Matcher v = VERSION.matcher(saved.body());
            if (!v.find()) {
                throw new IOException("Autosave answered without a version: " + saved.body());
            }
            version = Long.valueOf(v.group(1));
            result.autosaves.incrementAndGet();
            result.answers
                    .computeIfAbsent(interviewId, key -> new ConcurrentHashMap<>())
                    .put(q, typed);
        }
        form.set("answer:text", text).set("answer:version", String.valueOf(version));
        think(settings.stepPause(), random);
        String next = q < QUESTIONS ? "/interviewer/interview/question.xhtml" : "/interviewer/interview/support.xhtml";
        WebUser.Page after = step(user, "question", form, "answer:next", next);
        result.answers.get(interviewId).put(q, text);
        return after;
    }

    /** The same journey's requests, at the same pace, each a GET of the trivial resource. */
    private void floorInterviews(SplittableRandom random) throws Exception {
        WebUser user = new WebUser(settings.base(), result.container403s);
        while (mayStartInterview()) {
            floor(user, "sign-in");
            floor(user, "page.start");
            think(settings.stepPause(), random);
            floor(user, "step");
            think(settings.stepPause(), random);
            floor(user, "step");
            for (int q = 1; q <= QUESTIONS; q++) {
                if (q == 2) {
                    think(settings.typingPause(), random);
                    floor(user, "autosave.ratings");
                }
                for (int k = 0; k < Math.max(1, settings.savesPerAnswer()); k++) {
                    think(settings.typingPause(), random);
                    floor(user, "autosave");
                }
                think(settings.stepPause(), random);
                floor(user, "step");
            }
            think(settings.stepPause(), random);
            floor(user, "step");
            think(settings.stepPause(), random);
            floor(user, "step");
            result.completed.incrementAndGet();
            random.nextInt();
        }
    }

    private void floor(WebUser user, String name) throws IOException, InterruptedException {
        long t = System.nanoTime();
        WebUser.Page page = user.get(settings.floorPath());
        record(name, t);
        if (name.equals("step") || name.equals("autosave")) {
            recordTimeline(name, t);
        }
        if (page.status() != 200) {
            error("floor", "status " + page.status());
        }
    }

    // --- supervisors and analysts

    private void register(String username, SplittableRandom random) throws Exception {
        WebUser user = signIn(username, "/supervisor/index.xhtml");
        while (timeLeft() && !interviewersDone()) {
            long t = System.nanoTime();
            WebUser.Page page = user.get("/supervisor/register.xhtml");
            record("register.first", t);
            if (page.status() != 200 || !page.path().endsWith("/register.xhtml")) {
                error(username, "register answered " + page.status() + " " + page.path());
                continue;
            }
            think(settings.stepPause(), random);
            WebUser.Form table = WebUser.form(page, "register");
            Map<String, String> paging = table.fields();
            String records = "register:records";
            paging.put("jakarta.faces.partial.ajax", "true");
            paging.put("jakarta.faces.source", records);
            paging.put("jakarta.faces.partial.execute", records);
            paging.put("jakarta.faces.partial.render", records);
            paging.put(records + "_pagination", "true");
            paging.put(records + "_first", String.valueOf(25 * (1 + random.nextInt(4))));
            paging.put(records + "_rows", "25");
            paging.put(records + "_skipChildren", "true");
            paging.put(records + "_encodeFeature", "true");
            ajax(user, username, "register.page", table.action(), paging);
            think(settings.stepPause(), random);
            WebUser.Form filters = WebUser.form(page, "filters")
                    .choose("filters:choice", "ANONYMOUS")
                    .choose("filters:outcome", "AGREED");
            Map<String, String> filtered = filters.fields();
            filtered.put("jakarta.faces.partial.ajax", "true");
            filtered.put("jakarta.faces.source", "filters:apply");
            filtered.put("jakarta.faces.partial.execute", "filters");
            filtered.put("jakarta.faces.partial.render", "filters register");
            filtered.put("filters:apply", "filters:apply");
            ajax(user, username, "register.filter", filters.action(), filtered);
            think(settings.stepPause(), random);
        }
    }

    private void ajax(WebUser user, String who, String name, URI action, Map<String, String> fields)
            throws IOException, InterruptedException {
        long t = System.nanoTime();
        WebUser.Page answer = user.post(
                action, fields, Map.of("Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest"));
        record(name, t);
        if (answer.status() != 200
                || !answer.body().contains("<partial-response")
                || answer.body().contains("<error>")
                || answer.body().contains("<redirect")) {
            error(
                    who,
                    name + " answered " + answer.status() + " "
                            + answer.body()
                                    .substring(0, Math.min(300, answer.body().length())));
        }
    }

    private void analyst(String username, SplittableRandom random) throws Exception {
        WebUser user = signIn(username, settings.analystPath());
        while (timeLeft() && !interviewersDone()) {
            long t = System.nanoTime();
            WebUser.Page page = user.get(settings.analystPath());
            record("analyst.page", t);
            if (page.status() != 200
                    || !page.path().equals(user.resolve(settings.analystPath()).getPath())) {
                error(username, "analyst page answered " + page.status() + " " + page.path());
            }
            think(settings.stepPause(), random);
        }
    }

    /** Supervisors and analysts stop with the interviewers when there are some. */
    private boolean interviewersDone() {
        return !settings.interviewers().isEmpty() && started.get() > settings.maxInterviews();
    }

    /** Downloads the consent register's CSV export once, as a supervisor; answers {status, bytes, lines}. */
    public static long[] export(URI base, String username, String password) throws Exception {
        LoadDriver driver = new LoadDriver(new Settings(
                base,
                password,
                List.of(),
                List.of(),
                List.of(),
                0,
                Duration.ofMinutes(5),
                Duration.ZERO,
                1,
                Duration.ZERO,
                Duration.ZERO,
                "/qa/index.xhtml",
                null,
                true,
                0));
        driver.hardDeadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        WebUser user = driver.signIn(username, "/supervisor/index.xhtml");
        WebUser.Page page = user.get("/supervisor/register.xhtml");
        WebUser.Form filters = WebUser.form(page, "filters");
        return user.download(filters.action(), filters.pressing("filters:export"));
    }

    static boolean isLoopback(URI uri) {
        try {
            return uri.getHost() != null && InetAddress.getByName(uri.getHost()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
