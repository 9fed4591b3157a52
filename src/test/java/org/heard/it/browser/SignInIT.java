package org.heard.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.heard.it.Deployments;
import org.heard.it.TestData;
import org.heard.it.TestData.Org;
import org.heard.it.TestData.Staff;
import org.heard.it.browser.pages.InterviewerHomePage;
import org.heard.it.browser.pages.LandingPage;
import org.heard.it.browser.pages.SignInPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Signing in and out: every role lands on its page; wrong and odd input gets one clear message. */
class SignInIT extends BrowserTestBase {

    private static final String FAILED = "We could not sign you in. Check your user name and password and try again.";

    private static Org brighton;
    private static Staff interviewer;
    private static Staff practitioner;
    private static Staff supervisor;
    private static Staff analyst;
    private static Staff admin;
    private static Staff throttled;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.heard();
    }

    @BeforeAll
    static void arrange() {
        brighton = TestData.organisation("Brighton and Hove (sign-in test)");
        TestData.team(brighton, "Front Door for Families");
        interviewer = TestData.staff(brighton, "Ada Expert", "EXPERT_BY_EXPERIENCE", "INTERVIEWER");
        practitioner = TestData.staff(brighton, "Pat Practitioner", "PRACTITIONER", "INTERVIEWER");
        supervisor = TestData.staff(brighton, "Sam Supervisor", null, "SUPERVISOR");
        analyst = TestData.staff(brighton, "Quinn Analyst", null, "QA_ANALYST");
        admin = TestData.staff(brighton, "Alex Admin", null, "ADMIN");
        throttled = TestData.staff(brighton, "Tess Throttled", null, "ADMIN");
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @DisplayName("Each role signs in and lands on its own page")
    @org.junit.jupiter.params.provider.CsvSource({
        "interviewer, /interviewer/index.xhtml, Interviews",
        "practitioner, /interviewer/index.xhtml, Interviews",
        "supervisor, /supervisor/index.xhtml, Supervision",
        "analyst, /qa/index.xhtml, Quality assurance",
        "admin, /admin/index.xhtml, Administration"
    })
    void eachRoleLands(String who, String path, String heading) {
        Staff staff =
                switch (who) {
                    case "interviewer" -> interviewer;
                    case "practitioner" -> practitioner;
                    case "supervisor" -> supervisor;
                    case "analyst" -> analyst;
                    default -> admin;
                };
        SignInPage.open(driver(), base).signIn(staff.username(), staff.password());
        browser.waitForAjax();

        LandingPage landing = new LandingPage(driver());
        assertEquals(path, landing.path());
        assertEquals(heading, landing.heading());
        assertTrue(landing.signedInAs().contains(staff.displayName()));
        assertTrue(landing.signedInAs().contains(brighton.name()));
        browser.assertAccessible();
        browser.assertNoJavaScriptErrors();
        browser.screenshot("signin-landing-" + who);
    }

    @Test
    @DisplayName("An Expert by Experience sees their kind of interviewing on their page")
    void interviewerKindShown() {
        SignInPage.open(driver(), base).signIn(interviewer.username(), interviewer.password());
        assertEquals("You interview as: Expert by Experience.", new InterviewerHomePage(browser).interviewerKind());
    }

    @Test
    @DisplayName("Signing in gives the browser a new session id")
    void newSessionIdAtSignIn() {
        SignInPage page = SignInPage.open(driver(), base);
        Cookie before = driver().manage().getCookieNamed("JSESSIONID");
        page.signIn(admin.username(), admin.password());
        Cookie after = driver().manage().getCookieNamed("JSESSIONID");

        assertEquals("/admin/index.xhtml", new LandingPage(driver()).path());
        assertNotEquals(before.getValue(), after.getValue());
        assertTrue(after.isHttpOnly());
        assertEquals("Strict", after.getSameSite());
    }

    @Test
    @DisplayName("Signing out ends the session: protected pages ask to sign in again")
    void signOut() {
        SignInPage.open(driver(), base).signIn(supervisor.username(), supervisor.password());
        SignInPage signIn = new LandingPage(driver()).signOut();

        assertEquals("Sign in", signIn.heading());
        assertEquals("You have signed out.", signIn.notice());
        driver().get(base + "supervisor/index.xhtml");
        assertEquals("Sign in", SignInPage.current(driver()).heading());
        browser.screenshot("signin-signed-out");
    }

    @Test
    @DisplayName("After signing in from a protected link, the person continues to that page")
    void continuesToRequestedPage() {
        driver().get(base + "admin/teams/view.xhtml?id=0");
        SignInPage page = SignInPage.current(driver());
        assertEquals("Sign in", page.heading());
        driver().get(base + "supervisor/index.xhtml");
        SignInPage.current(driver()).signIn(supervisor.username(), supervisor.password());
        assertEquals("/supervisor/index.xhtml", new LandingPage(driver()).path());
    }

    @Test
    @DisplayName("Many requests at once in one signed-in session all keep its role, among others signing in")
    void concurrentRequestsKeepTheRole() throws Exception {
        SignInPage.open(driver(), base).signIn(interviewer.username(), interviewer.password());
        String cookies = driver().manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            // HTTP/1.1, as browsers speak to Heard: no h2c upgrade, which the server may end with GOAWAY.
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .executor(threads)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            URI signedIn = URI.create(base + "interviewer/index.xhtml");
            URI anonymous = URI.create(base + "signin.xhtml");
            List<CompletableFuture<Integer>> mine = new ArrayList<>();
            List<CompletableFuture<Integer>> others = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                mine.add(http.sendAsync(
                                HttpRequest.newBuilder(signedIn)
                                        .header("Cookie", cookies)
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .thenApply(HttpResponse::statusCode));
                others.add(http.sendAsync(
                                HttpRequest.newBuilder(anonymous).build(), HttpResponse.BodyHandlers.discarding())
                        .thenApply(HttpResponse::statusCode));
            }
            Map<Integer, Long> statuses = mine.stream()
                    .map(CompletableFuture::join)
                    .collect(Collectors.groupingBy(status -> status, TreeMap::new, Collectors.counting()));
            others.forEach(CompletableFuture::join);
            assertEquals(Map.of(200, 300L), statuses, "status: number of answers");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    @DisplayName("A wrong password shows one clear message and keeps the user name")
    void wrongPassword() {
        SignInPage page = SignInPage.open(driver(), base);
        page.signIn(analyst.username(), "not-the-password");

        assertEquals(FAILED, page.errors());
        assertEquals(analyst.username(), page.enteredUsername());
        browser.assertAccessible();
        browser.assertNoJavaScriptErrors();
        browser.screenshot("signin-wrong-password");
    }

    @Test
    @DisplayName("An unknown user name gets exactly the same message as a wrong password")
    void unknownUser() {
        SignInPage page = SignInPage.open(driver(), base);
        page.signIn("nobody-" + TestData.randomLetters(8), "whatever-password");
        assertEquals(FAILED, page.errors());
    }

    @Test
    @DisplayName("Empty fields say what to enter")
    void emptyFields() {
        SignInPage page = SignInPage.open(driver(), base);
        page.signIn("", "");
        assertTrue(page.errors().contains("Enter your user name."), page.errors());
        assertTrue(page.errors().contains("Enter your password."), page.errors());
        browser.assertAccessible();
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("Odd input gets the normal message, never an error page")
    @ValueSource(strings = {"very-long", "Zoë Ó'Brien 名前 😀", "‮evil‬", "' OR '1'='1", "<script>alert(1)</script>"})
    void oddInput(String kind) {
        String value = kind.equals("very-long") ? "x".repeat(10_000) : kind;
        SignInPage page = SignInPage.open(driver(), base);
        page.signIn(value, value);
        assertEquals("Sign in", page.heading());
        assertEquals(FAILED, page.errors());
    }

    @Test
    @DisplayName("After five failures the account is throttled, with a message that reveals nothing")
    void throttling() {
        for (int i = 0; i < 5; i++) {
            SignInPage.open(driver(), base).signIn(throttled.username(), "wrong-" + i);
        }
        SignInPage page = SignInPage.open(driver(), base);
        page.signIn(throttled.username(), throttled.password());

        assertTrue(
                page.errors().startsWith("We could not sign you in because there have been too many attempts."),
                page.errors());
        String unknown = "nobody-" + TestData.randomLetters(8);
        for (int i = 0; i < 5; i++) {
            SignInPage.open(driver(), base).signIn(unknown, "wrong-" + i);
        }
        SignInPage.open(driver(), base).signIn(unknown, "wrong-again");
        assertEquals(page.errors(), SignInPage.current(driver()).errors(), "unknown accounts are throttled alike");
    }

    @Test
    @DisplayName("A page of another role answers 403 with a friendly page")
    void otherRoleForbidden() {
        SignInPage.open(driver(), base).signIn(interviewer.username(), interviewer.password());
        driver().get(base + "admin/index.xhtml");
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("access"));

        assertEquals("You do not have access to this page", new LandingPage(driver()).heading());
        browser.assertAccessible();
        browser.screenshot("error-403");
    }
}
