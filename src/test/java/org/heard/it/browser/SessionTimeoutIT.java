package org.heard.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import org.heard.it.PayaraProcess;
import org.heard.it.TestData;
import org.heard.it.TestData.Org;
import org.heard.it.TestData.Staff;
import org.heard.it.browser.pages.AdminHomePage;
import org.heard.it.browser.pages.InterviewerHomePage;
import org.heard.it.browser.pages.Keyboard;
import org.heard.it.browser.pages.QuestionPage;
import org.heard.it.browser.pages.SessionDialogs;
import org.heard.it.browser.pages.SignInPage;
import org.heard.it.browser.pages.StatementPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.openqa.selenium.WindowType;

/**
 * The idle timeout, shortened to 40 seconds for this test: the warning appears
 * before the end, "Stay signed in" extends the session, and so does typing; the
 * dialogs never take a key typed in a field; and when the session ends the page
 * stays as it was, the header says nobody is signed in, and it offers to sign in again.
 *
 * <p>Its server, with the short timeout, is a Payara Micro of its own on the run's test
 * database, outside Arquillian; as most of its time is spent waiting for the session
 * to end, it runs beside the other test classes ({@code CONCURRENT}); its own tests, which
 * share one browser, run one after the other ({@code SAME_THREAD}).
 */
@Execution(ExecutionMode.CONCURRENT)
class SessionTimeoutIT {

    private static PayaraProcess server;
    private static Browser browser;
    private static Staff admin;
    private static Staff interviewer;

    private URL base;

    @BeforeAll
    static void startServer(@TempDir Path directory) throws Exception {
        server = PayaraProcess.in(directory)
                .testDatabase()
                .property("heard.session.timeout-seconds", "40")
                .start();
        browser = new Browser();
        arrange();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void signedOut() {
        base = server.url();
        // As BrowserTestBase: leave the last test's page for one without scripts, then forget the cookies.
        browser.driver().get(base + "resources/heard/css/heard.css");
        browser.driver().manage().deleteAllCookies();
    }

    /** Once the server has migrated the database (if no other server has yet). */
    private static void arrange() {
        Org org = TestData.organisation("Timeout Authority");
        admin = TestData.staff(org, "Tim Timeout", null, "ADMIN");
        TestData.team(org, "Timeout Team");
        interviewer = TestData.staff(org, "Ivy Interviewer", "EXPERT_BY_EXPERIENCE", "INTERVIEWER");
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    @DisplayName("Warning, stay signed in, then the end of the session without losing the page")
    void warnExtendAndExpire() {
        browser.driver().manage().deleteAllCookies();
        SignInPage.open(browser.driver(), base).signIn(admin.username(), admin.password());
        AdminHomePage page = new AdminHomePage(browser);
        assertEquals("Administration", page.heading());

        SessionDialogs session = new SessionDialogs(browser);
        String warning = session.awaitWarning(40);
        assertTrue(warning.contains("You will be signed out soon"), warning);
        assertTrue(session.warningText().startsWith("You have been inactive for a while."));
        browser.assertAccessible();
        browser.screenshot("session-warning");

        session.staySignedIn();

        // The extended session is still valid on the server.
        browser.driver().navigate().refresh();
        assertEquals("Administration", page.heading());

        String expired = session.awaitExpired(80);
        assertTrue(expired.contains("Your session has ended."), expired);
        assertEquals("Administration", page.heading(), "the page stays");
        page.assertNoJavaScriptErrors();
        browser.screenshot("session-expired");

        browser.driver().navigate().refresh();
        assertEquals("Sign in", SignInPage.current(browser.driver()).heading());
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    @DisplayName("Typing keeps the session; keys typed while the session dialogs show all reach the field;"
            + " signed out, the header says so")
    void typingKeepsTheSessionAndTheDialogsTakeNoKeys() {
        var driver = browser.driver();
        driver.manage().deleteAllCookies();
        SignInPage.open(driver, base).signIn(interviewer.username(), interviewer.password());
        StatementPage statement = new InterviewerHomePage(browser)
                .startInterview()
                .mode(0)
                .respondent(1)
                .team(0)
                .begin()
                .read()
                .choice(1)
                .awaitSocialWorkerNameField()
                .clickSocialWorkerName();
        SessionDialogs session = new SessionDialogs(browser);
        Keyboard keys = new Keyboard(browser);

        // A field without autosave, typed in steadily for longer than the whole session (40 s).
        String steady = "abcdefghij".repeat(5);
        keys.typeSteadily(steady, Duration.ofSeconds(1));
        assertEquals(steady, statement.socialWorkerNameTyped());
        assertFalse(session.warningShows() || session.expiredShows(), "no dialog while typing");
        assertTrue(session.signedInOnServer(), "typing kept the session");

        // Idle: the warning shows, and leaves the cursor where it was. Typing goes on into the field.
        session.awaitWarning(40);
        assertTrue(statement.hasFocus("consent:socialWorkerName"), "the warning took no focus");
        String duringWarning = "typed while the warning shows";
        keys.type(duringWarning);
        assertEquals(steady + duringWarning, statement.socialWorkerNameTyped());
        session.awaitWarningGone(15);
        browser.screenshot("session-typing-after-warning");

        // The end of the session: the notice takes no key either, and the header no longer names anyone.
        session.awaitExpired(80);
        assertTrue(statement.hasFocus("consent:socialWorkerName"), "the notice took no focus");
        String afterEnd = " and after the end";
        keys.type(afterEnd);
        assertEquals(steady + duringWarning + afterEnd, statement.socialWorkerNameTyped());
        String header = statement.header();
        assertTrue(header.contains("Signed out") && !header.contains("Signed in as"), header);
        browser.assertAccessible();
        statement.assertNoJavaScriptErrors();
        browser.screenshot("session-ended-header");
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    @DisplayName("Text typed after the session ended stays on the page and is saved after signing in again")
    void textSurvivesTheEndOfTheSession() {
        var driver = browser.driver();
        driver.manage().deleteAllCookies();
        SignInPage.open(driver, base).signIn(interviewer.username(), interviewer.password());
        QuestionPage question = new InterviewerHomePage(browser)
                .startInterview()
                .mode(0)
                .respondent(1)
                .team(0)
                .begin()
                .agreeWith(2)
                .awaitAnswerField(20);
        String questionUrl = question.url();

        question.typeMore("Before the session ended.").awaitAutosave("Saved ", 15);

        new SessionDialogs(browser).awaitExpired(80);
        new SessionDialogs(browser).dismissExpired();
        question.typeMore(" Typed after it ended.").awaitAutosave("Not saved", 15);
        assertTrue(question.answer().endsWith("Typed after it ended."));
        browser.screenshot("session-expired-not-saved");

        String interviewTab = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        SignInPage.open(driver, base).signIn(interviewer.username(), interviewer.password());
        driver.close();
        driver.switchTo().window(interviewTab);
        question.awaitAutosave("Saved ", 30);
        browser.screenshot("session-expired-saved-after-signin");

        driver.get(questionUrl);
        assertEquals("Before the session ended. Typed after it ended.", question.answer());
    }
}
