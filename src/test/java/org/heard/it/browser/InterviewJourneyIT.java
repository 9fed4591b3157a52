package org.heard.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.heard.it.Deployments;
import org.heard.it.TestData;
import org.heard.it.TestData.Org;
import org.heard.it.TestData.Staff;
import org.heard.it.TestDatabase;
import org.heard.it.browser.pages.Navigation;
import org.heard.it.browser.pages.SignInPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A complete telephone interview by an Expert by Experience: start, statement with
 * "social worker's name only", all seven questions with the Q2 ratings, the
 * definition of "trust" opened by keyboard, one question declined, support, check
 * answers, change one answer, submit; then what the database holds.
 */
class InterviewJourneyIT extends BrowserTestBase {

    private static Org org;
    private static Staff expert;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.heard();
    }

    @BeforeAll
    static void arrange() {
        org = TestData.organisation("Journey Authority");
        TestData.team(org, "Child in Need North");
        expert = TestData.staff(org, "Erin Expert", "EXPERT_BY_EXPERIENCE", "INTERVIEWER");
    }

    private void step(String name) {
        browser.waitForAjax();
        browser.assertAccessible();
        browser.assertNoJavaScriptErrors();
        browser.screenshot("interview-" + name);
    }

    private void click(String id) {
        WebElement element = driver().findElement(By.id(id));
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void submitAndWait(String id) {
        Navigation.clickAndWait(driver(), driver().findElement(By.id(id)));
        browser.waitForAjax();
    }

    private void type(String text) {
        WebElement area = driver().findElement(By.id("answer:text"));
        area.clear();
        area.sendKeys(text);
        browser.waitUpTo(Duration.ofSeconds(15))
                .until(ExpectedConditions.textMatches(
                        By.id("autosave-status"), java.util.regex.Pattern.compile("^Saved ")));
    }

    @Test
    @DisplayName("A complete telephone interview, from start to submitted")
    void completeInterview() throws Exception {
        SignInPage.open(driver(), base).signIn(expert.username(), expert.password());
        Navigation.clickAndWait(driver(), driver().findElement(By.id("startInterview")));
        step("1-start");

        click("start:mode:0");
        click("start:respondent:0");
        click("start:team:0");
        submitAndWait("start:begin");
        assertEquals(
                "Confidentiality and data storage",
                driver().findElement(By.tagName("h1")).getText());
        String reference = driver().findElement(By.className("heard-interview-bar__reference"))
                .getText();
        assertTrue(reference.matches("Interview [A-Z]{6}-\\d{4}-\\d{4}.*"), reference);
        step("2-statement");

        click("consent:read");
        driver().findElement(By.cssSelector("label[for='consent:choice:1']")).click();
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("consent:socialWorkerName")));
        assertTrue(driver().findElements(By.id("consent:respondentName")).isEmpty(), "no family name field");
        driver().findElement(By.id("consent:socialWorkerName")).sendKeys("Sam Worker");
        click("consent:agreed:0");
        submitAndWait("consent:record");
        assertEquals("Question 1 of 7", driver().findElement(By.id("progress")).getText());
        step("3-question-1");

        type("We have had a social worker from Child in Need for six months. 😀 <script>alert(1)</script>");
        submitAndWait("answer:next");

        assertEquals("Question 2 of 7", driver().findElement(By.id("progress")).getText());
        WebElement trust = driver().findElements(By.className("heard-term")).stream()
                .filter(term -> term.getText().equalsIgnoreCase("trust"))
                .findFirst()
                .orElseThrow();
        ((JavascriptExecutor) driver()).executeScript("arguments[0].focus()", trust);
        trust.sendKeys(Keys.ENTER);
        WebElement definition = driver().findElement(By.id(trust.getAttribute("aria-describedby")));
        browser.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(definition));
        assertTrue(definition.getText().toLowerCase().contains("trust"), definition.getText());
        step("4-question-2-definition");
        trust.sendKeys(Keys.ESCAPE);
        browser.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOf(definition));

        List<WebElement> groups = driver().findElements(By.cssSelector("[data-statement]"));
        assertEquals(5, groups.size());
        for (int i = 0; i < groups.size(); i++) {
            WebElement radio = groups.get(i)
                    .findElements(By.cssSelector("input[type=radio]"))
                    .get(i % 5);
            ((JavascriptExecutor) driver()).executeScript("arguments[0].click()", radio);
        }
        type("They listen to us.");
        submitAndWait("answer:next");

        click("answer:declined");
        browser.waitUpTo(Duration.ofSeconds(15))
                .until(ExpectedConditions.textMatches(
                        By.id("autosave-status"), java.util.regex.Pattern.compile("^Saved ")));
        submitAndWait("answer:next");
        for (int q = 4; q <= 7; q++) {
            assertEquals(
                    "Question " + q + " of 7",
                    driver().findElement(By.id("progress")).getText());
            type("Answer to question " + q + ".\nSecond line.");
            submitAndWait("answer:next");
        }

        assertEquals("Support", driver().findElement(By.tagName("h1")).getText());
        step("5-support");
        driver().findElements(By.cssSelector("input[type=checkbox][id$=':offered']"))
                .get(0)
                .click();
        driver().findElements(By.cssSelector("input[type=checkbox][id$=':followUp']"))
                .get(1)
                .click();
        submitAndWait("support:next");

        assertEquals("Check answers", driver().findElement(By.tagName("h1")).getText());
        String check = driver().findElement(By.id("answers")).getText();
        assertTrue(check.contains("<script>alert(1)</script>"), "typed markup shown as text");
        assertTrue(check.contains("Declined to answer"));
        step("6-check");

        WebElement change =
                driver().findElements(By.cssSelector(".heard-check__change a")).get(0);
        Navigation.clickAndWait(driver(), change);
        browser.waitForAjax();
        type("Changed: Child in Need, six months.");
        driver().get(base + "interviewer/interview/check.xhtml?id=" + interviewId(reference));
        assertTrue(driver().findElement(By.id("answers")).getText().contains("Changed: Child in Need"));
        submitAndWait("submit:submitInterview");

        browser.screenshot("interview-7-after-submit");
        String dashboard = driver().findElement(By.id("main")).getText();
        assertTrue(dashboard.contains("has been submitted"), dashboard);
        assertTrue(driver().findElement(By.id("finished")).getText().contains("Submitted"));
        step("7-submitted");

        try (Connection db = TestDatabase.application()) {
            long id = interviewId(reference);
            assertEquals("SUBMITTED", single(db, "SELECT status FROM interview WHERE id = ?", id));
            assertNull(single(db, "SELECT respondent_name FROM interview WHERE id = ?", id));
            assertEquals("Sam Worker", single(db, "SELECT social_worker_name FROM interview WHERE id = ?", id));
            assertEquals(
                    "SOCIAL_WORKER_ONLY", single(db, "SELECT choice FROM consent_record WHERE interview_id = ?", id));
            assertEquals(
                    "READ_ALOUD_BY_TELEPHONE",
                    single(db, "SELECT method FROM consent_record WHERE interview_id = ?", id));
            assertEquals(
                    single(
                            db,
                            "SELECT s.sha256 FROM consent_record c JOIN confidentiality_statement s"
                                    + " ON s.id = c.statement_id WHERE c.interview_id = ?",
                            id),
                    single(db, "SELECT statement_sha256 FROM consent_record WHERE interview_id = ?", id));
            assertEquals(
                    "5",
                    single(db, "SELECT COUNT(*) FROM answer_rating WHERE interview_id = ? AND value IS NOT NULL", id));
            assertEquals("7", single(db, "SELECT COUNT(*) FROM answer WHERE interview_id = ?", id));
            assertFalse(single(db, "SELECT COUNT(*) FROM definition_opened WHERE interview_id = ?", id)
                    .equals("0"));
            assertTrue(single(
                            db,
                            "SELECT text FROM answer a JOIN script_question q ON q.id = a.question_id"
                                    + " WHERE a.interview_id = ? AND q.number = 1",
                            id)
                    .startsWith("Changed:"));
        }

        // Submitted interviews are locked: the question page no longer opens for editing.
        driver().get(base + "interviewer/interview/question.xhtml?id=" + interviewId(reference) + "&q=1");
        assertEquals("Interviews", driver().findElement(By.tagName("h1")).getText());
    }

    /** Starts an interview and records the family's agreement; returns the reference line. */
    private String startAgreed(Staff who, int choice) {
        driver().manage().deleteAllCookies();
        SignInPage.open(driver(), base).signIn(who.username(), who.password());
        Navigation.clickAndWait(driver(), driver().findElement(By.id("startInterview")));
        click("start:mode:1");
        click("start:respondent:3");
        click("start:team:1");
        submitAndWait("start:begin");
        String reference = driver().findElement(By.className("heard-interview-bar__reference"))
                .getText();
        click("consent:read");
        driver().findElement(By.cssSelector("label[for='consent:choice:" + choice + "']"))
                .click();
        browser.waitForAjax();
        click("consent:agreed:0");
        submitAndWait("consent:record");
        return reference;
    }

    @Test
    @DisplayName("A safeguarding concern reaches the supervisors; stopping and discarding erases the family's words")
    void safeguardingAndStop() throws Exception {
        Staff supervisor = TestData.staff(org, "Sian Supervisor", null, "SUPERVISOR");
        String reference = startAgreed(expert, 2);
        type("Something the family said.");

        click("raiseConcern");
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("safeguardingForm:concern")));
        click("safeguardingForm:send");
        browser.waitForAjax();
        assertTrue(
                driver().findElement(By.id("safeguardingForm")).getText().contains("Describe the concern"),
                "an empty concern is refused with a message");
        driver().findElement(By.id("safeguardingForm:concern"))
                .sendKeys("The parent said a child is left alone at night.");
        click("safeguardingForm:send");
        browser.waitForAjax();
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("safeguardingDialog")));
        assertTrue(driver().findElement(By.id("messages")).getText().contains("sent to the supervisors"));
        step("8-safeguarding-raised");

        click("stopInterview");
        browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("stopForm:keep")));
        click("stopForm:keep:1");
        submitAndWait("stopForm:confirmStop");
        assertTrue(driver().findElement(By.id("main")).getText().contains("has been discarded"));

        long id = interviewId(reference);
        try (Connection db = TestDatabase.application()) {
            assertEquals("STOPPED_DISCARDED", single(db, "SELECT status FROM interview WHERE id = ?", id));
            assertEquals(
                    "0", single(db, "SELECT COUNT(*) FROM answer WHERE interview_id = ? AND text IS NOT NULL", id));
            assertEquals("1", single(db, "SELECT COUNT(*) FROM safeguarding_concern WHERE interview_id = ?", id));
        }

        driver().manage().deleteAllCookies();
        SignInPage.open(driver(), base).signIn(supervisor.username(), supervisor.password());
        String concerns = driver().findElement(By.id("concerns")).getText();
        assertTrue(concerns.contains("left alone at night"), concerns);
        assertTrue(concerns.contains(reference.replaceAll("^Interview (\\S+).*$", "$1")), concerns);
        step("9-supervisor-concerns");
    }

    @Test
    @DisplayName("The autosave endpoint refuses bad input with clear answers and stores nothing wrongly")
    void autosaveBadInput() throws Exception {
        Org other = TestData.organisation("Other Authority (autosave)");
        Staff outsider = TestData.staff(other, "Otto Outsider", "PRACTITIONER", "INTERVIEWER");
        String reference = startAgreed(expert, 2);
        long id = interviewId(reference);
        String session = driver().manage().getCookieNamed("JSESSIONID").getValue();
        String ratings = "interviews/" + id + "/questions/2/ratings";
        String answer = "interviews/" + id + "/questions/1/answer";
        long statement;
        try (Connection db = TestDatabase.application()) {
            statement = Long.parseLong(single(
                    db,
                    "SELECT MIN(r.id) FROM script_rating_statement r"
                            + " JOIN script_question q ON q.id = r.question_id WHERE q.number = ?",
                    2));
        }
        for (String bad : List.of("0", "6", "-1", "3.5")) {
            assertEquals(
                    422,
                    put(session, ratings, "{\"ratings\":{\"" + statement + "\":" + bad + "}}")
                            .statusCode());
        }
        for (String malformed : List.of("\"abc\"", "", "99999999999")) {
            assertEquals(
                    400,
                    put(session, ratings, "{\"ratings\":{\"" + statement + "\":" + malformed + "}}")
                            .statusCode(),
                    malformed);
        }
        assertEquals(400, put(session, ratings, "{\"ratings\":{\"abc\":3}}").statusCode());
        assertEquals(400, put(session, answer, "not json").statusCode());
        assertEquals(
                422,
                put(session, answer, "{\"text\":\"" + "x".repeat(1_000_000) + "\"}")
                        .statusCode());
        var saved = put(
                session,
                answer,
                "{\"text\":\"Typed 😀\",\"organisationId\":999,\"interviewerId\":1,\"choice\":\"NAMED\"}");
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(
                400, http(session, answer, "{\"text\":\"no header\"}", false).statusCode());
        try (Connection db = TestDatabase.application()) {
            assertEquals("0", single(db, "SELECT COUNT(*) FROM answer_rating WHERE interview_id = ?", id));
            assertEquals("Typed 😀", single(db, "SELECT text FROM answer WHERE interview_id = ?", id));
            assertEquals("ANONYMOUS", single(db, "SELECT choice FROM interview WHERE id = ?", id));
        }

        driver().manage().deleteAllCookies();
        SignInPage.open(driver(), base).signIn(outsider.username(), outsider.password());
        String outsiderSession = driver().manage().getCookieNamed("JSESSIONID").getValue();
        assertEquals(
                404, put(outsiderSession, answer, "{\"text\":\"intrusion\"}").statusCode());
        driver().get(base + "interviewer/interview/question.xhtml?id=" + id + "&q=1");
        assertEquals("Page not found", driver().findElement(By.tagName("h1")).getText());
    }

    private java.net.http.HttpResponse<String> put(String session, String path, String body) throws Exception {
        return http(session, path, body, true);
    }

    private java.net.http.HttpResponse<String> http(String session, String path, String body, boolean marked)
            throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "api/" + path))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (marked) {
            request.header("X-Heard-Request", "autosave");
        }
        return java.net.http.HttpClient.newHttpClient()
                .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private static long interviewId(String referenceLine) throws Exception {
        String reference = referenceLine.replaceAll("^Interview (\\S+).*$", "$1");
        try (Connection db = TestDatabase.application()) {
            return Long.parseLong(single(db, "SELECT id FROM interview WHERE reference = ?", reference));
        }
    }

    private static String single(Connection db, String sql, Object parameter) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), sql);
                return row.getString(1);
            }
        }
    }
}
