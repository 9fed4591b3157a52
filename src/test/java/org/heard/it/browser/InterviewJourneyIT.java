package org.heard.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.heard.domain.model.interview.Answer;
import org.heard.domain.model.interview.TypedText;
import org.heard.it.Deployments;
import org.heard.it.TestData;
import org.heard.it.TestData.Org;
import org.heard.it.TestData.Staff;
import org.heard.it.TestDatabase;
import org.heard.it.browser.pages.CheckAnswersPage;
import org.heard.it.browser.pages.InterviewerHomePage;
import org.heard.it.browser.pages.QuestionPage;
import org.heard.it.browser.pages.SignInPage;
import org.heard.it.browser.pages.StartInterviewPage;
import org.heard.it.browser.pages.StatementPage;
import org.heard.it.browser.pages.SupervisorHomePage;
import org.heard.it.browser.pages.SupportPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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

    private InterviewerHomePage signIn(Staff who) {
        SignInPage.open(driver(), base).signIn(who.username(), who.password());
        return new InterviewerHomePage(browser);
    }

    @Test
    @DisplayName("Giving their name with the name left empty is refused beside the field, and what was typed stays")
    void namedNeedsTheName() throws Exception {
        StatementPage statement =
                signIn(expert).startInterview().mode(0).respondent(0).team(0).begin();
        statement.read().choice(0).awaitRespondentNameField();
        statement.socialWorkerName("Sam Worker");
        statement.agreed().recordRefused();

        assertTrue(
                statement.respondentNameError().contains("Type the name of the family member"),
                statement.respondentNameError());
        assertEquals("Confidentiality and data storage", statement.heading(), "the page stays");
        assertEquals("Sam Worker", statement.socialWorkerNameValue(), "what was typed is kept");
        browser.assertAccessible();

        QuestionPage question = statement.respondentName("Jo Parent").record();
        assertEquals("Question 1 of 7", question.progress());
        statement.assertNoJavaScriptErrors();
    }

    @Test
    @DisplayName("A complete telephone interview, from start to submitted")
    void completeInterview() throws Exception {
        StartInterviewPage start = signIn(expert).startInterview();
        step("1-start");

        StatementPage statement = start.mode(0).respondent(0).team(0).begin();
        assertEquals("Confidentiality and data storage", statement.heading());
        String reference = statement.referenceLine();
        assertTrue(reference.matches("Interview [A-Z]{6}-\\d{4}-\\d{4}.*"), reference);
        step("2-statement");

        statement.read().choice(1).awaitSocialWorkerNameField();
        assertFalse(statement.asksRespondentName(), "no family name field");
        statement.socialWorkerName("Sam Worker");
        QuestionPage question = statement.agreed().record();
        assertEquals("Question 1 of 7", question.progress());
        step("3-question-1");

        question.answer("We have had a social worker from Child in Need for six months. 😀 <script>alert(1)</script>");
        question.next();

        assertEquals("Question 2 of 7", question.progress());
        String definition = question.openDefinition("trust");
        assertTrue(definition.toLowerCase().contains("trust"), definition);
        step("4-question-2-definition");
        question.closeDefinition("trust");

        int groups = question.ratingGroups();
        assertEquals(5, groups);
        for (int i = 0; i < groups; i++) {
            question.rate(i, i % 5);
        }
        question.answer("They listen to us.");
        question.next();

        String words = "Words said before the family declined.";
        question.typeMore(words).tickDeclined();
        assertTrue(question.asksAboutWords(), "declining with words asks what to do with them");
        question.keepWordsAsNote();
        assertTrue(question.declined());
        assertFalse(question.answerEditable(), "no typing in a declined answer");
        assertEquals("", question.answer());
        assertEquals(words, question.note(), "the words are kept as the interviewer's note");
        question.next();
        for (int q = 4; q <= 7; q++) {
            assertEquals("Question " + q + " of 7", question.progress());
            question.answer("Answer to question " + q + ".\nSecond line.");
            if (q < 7) {
                question.next();
            }
        }
        SupportPage support = question.nextToSupport();

        assertEquals("Support", support.heading());
        step("5-support");
        CheckAnswersPage check = support.offered(0).followUp(1).next();

        assertEquals("Check answers", check.heading());
        String answers = check.answers();
        assertTrue(answers.contains("<script>alert(1)</script>"), "typed markup shown as text");
        assertTrue(answers.contains("Declined to answer"));
        step("6-check");

        check.change(0).answer("Changed: Child in Need, six months.");
        check = CheckAnswersPage.open(browser, base.toString(), interviewId(reference));
        assertTrue(check.answers().contains("Changed: Child in Need"));
        InterviewerHomePage dashboard = check.submit();

        browser.screenshot("interview-7-after-submit");
        String main = dashboard.main();
        assertTrue(main.contains("has been submitted"), main);
        assertTrue(dashboard.finished().contains("Submitted"));
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
        assertEquals("Interviews", new InterviewerHomePage(browser).heading());
    }

    /** An interview started and agreed to: its reference line and its first question. */
    private record Started(String reference, QuestionPage question) {}

    /** Starts an interview and records the family's agreement. */
    private Started startAgreed(Staff who, int choice) {
        driver().manage().deleteAllCookies();
        StatementPage statement =
                signIn(who).startInterview().mode(1).respondent(3).team(1).begin();
        String reference = statement.referenceLine();
        return new Started(reference, statement.agreeWith(choice));
    }

    @Test
    @DisplayName("A safeguarding concern reaches the supervisors; stopping and discarding erases the family's words")
    void safeguardingAndStop() throws Exception {
        Staff supervisor = TestData.staff(org, "Sian Supervisor", null, "SUPERVISOR");
        Started started = startAgreed(expert, 2);
        String reference = started.reference();
        QuestionPage question = started.question();
        question.answer("Something the family said.");

        question.raiseConcern().sendConcern();
        assertTrue(
                question.concernDialog().contains("Describe the concern"),
                "an empty concern is refused with a message");
        question.describeConcern("The parent said a child is left alone at night.")
                .sendConcern()
                .awaitConcernDialogClosed();
        assertTrue(question.messages().contains("sent to the supervisors"));
        step("8-safeguarding-raised");

        InterviewerHomePage dashboard = question.stopAndDiscard();
        assertTrue(dashboard.main().contains("has been discarded"));

        long id = interviewId(reference);
        try (Connection db = TestDatabase.application()) {
            assertEquals("STOPPED_DISCARDED", single(db, "SELECT status FROM interview WHERE id = ?", id));
            assertEquals(
                    "0", single(db, "SELECT COUNT(*) FROM answer WHERE interview_id = ? AND text IS NOT NULL", id));
            assertEquals("1", single(db, "SELECT COUNT(*) FROM safeguarding_concern WHERE interview_id = ?", id));
        }

        driver().manage().deleteAllCookies();
        SignInPage.open(driver(), base).signIn(supervisor.username(), supervisor.password());
        String concerns = new SupervisorHomePage(browser).concerns();
        assertTrue(concerns.contains("left alone at night"), concerns);
        assertTrue(concerns.contains(reference.replaceAll("^Interview (\\S+).*$", "$1")), concerns);
        step("9-supervisor-concerns");
    }

    @Test
    @DisplayName("The autosave endpoint refuses bad input with clear answers and stores nothing wrongly")
    void autosaveBadInput() throws Exception {
        Org other = TestData.organisation("Other Authority (autosave)");
        Staff outsider = TestData.staff(other, "Otto Outsider", "PRACTITIONER", "INTERVIEWER");
        long id = interviewId(startAgreed(expert, 2).reference());
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
        var unknown = put(session, ratings, "{\"ratings\":{\"" + Long.MAX_VALUE + "\":3}}");
        assertEquals(422, unknown.statusCode(), "a statement the question does not have is refused, not ignored");
        assertTrue(unknown.body().contains("does not have"), unknown.body());
        assertEquals(400, put(session, answer, "not json").statusCode());
        assertEquals(
                400,
                put(session, answer, "{\"text\":\"no version\"}").statusCode(),
                "every save says what it expects to replace");
        assertEquals(
                422,
                put(session, answer, "{\"text\":\"" + "x".repeat(1_000_000) + "\",\"version\":0}")
                        .statusCode());
        var saved = put(
                session,
                answer,
                "{\"text\":\"Typed 😀\",\"version\":0,\"organisationId\":999,\"interviewerId\":1,"
                        + "\"choice\":\"NAMED\"}");
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(
                400,
                http(session, answer, "{\"text\":\"no header\",\"version\":1}", false)
                        .statusCode());
        try (Connection db = TestDatabase.application()) {
            assertEquals("0", single(db, "SELECT COUNT(*) FROM answer_rating WHERE interview_id = ?", id));
            assertEquals("Typed 😀", single(db, "SELECT text FROM answer WHERE interview_id = ?", id));
            assertEquals("ANONYMOUS", single(db, "SELECT choice FROM interview WHERE id = ?", id));
        }

        driver().manage().deleteAllCookies();
        SignInPage.open(driver(), base).signIn(outsider.username(), outsider.password());
        String outsiderSession = driver().manage().getCookieNamed("JSESSIONID").getValue();
        assertEquals(
                404,
                put(outsiderSession, answer, "{\"text\":\"intrusion\",\"version\":1}")
                        .statusCode());
        driver().get(base + "interviewer/interview/question.xhtml?id=" + id + "&q=1");
        assertEquals("Page not found", new InterviewerHomePage(browser).heading());
    }

    @Test
    @DisplayName("A rating off the scale posted through the form is refused beside the statement, nothing stored")
    void outOfRangeRatingThroughTheForm() throws Exception {
        Started started = startAgreed(expert, 2);
        long id = interviewId(started.reference());
        QuestionPage question = started.question().next();
        assertEquals("Question 2 of 7", question.progress());

        question.postRating(0, "7");

        assertEquals("Question 2 of 7", question.progress(), "the page stays");
        assertEquals("A rating must be 1, 2, 3, 4 or 5, or \"Not answered\".", question.ratingError(0));
        try (Connection db = TestDatabase.application()) {
            assertEquals(
                    "0", single(db, "SELECT COUNT(*) FROM answer_rating WHERE interview_id = ? AND value > 5", id));
        }
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

    @Test
    @DisplayName("Text is counted as the server counts it, and \"Save and continue\" stores what the autosave stored")
    void textAsTypedOnEveryPath() throws Exception {
        Started started = startAgreed(expert, 2);
        QuestionPage question = started.question();
        long id = interviewId(started.reference());
        String pasted = "Line one\r\nLine two 😀\u0000\tend";
        question.paste(pasted).awaitAutosave("Saved ", 15);
        String normal = TypedText.normalise(pasted);
        String counter = question.counter();
        String storedFirst;
        try (Connection db = TestDatabase.application()) {
            storedFirst = single(db, "SELECT text FROM answer WHERE interview_id = ?", id);
        }

        String longest = ("x".repeat(99) + "\n").repeat(200);
        question.paste(longest).awaitAutosave("Saved ", 15);
        String longestCounter = question.counter();
        String textEvents = "SELECT COUNT(*) FROM audit_event WHERE interview_id = ? AND action = 'ANSWER_SAVED'"
                + " AND field = 'answer.q1.text'";
        String eventsBefore;
        try (Connection db = TestDatabase.application()) {
            eventsBefore = single(db, textEvents, id);
        }
        question.next();

        assertEquals("Line one\nLine two 😀\tend", normal);
        assertTrue(counter.startsWith(TypedText.length(normal) + " of "), counter);
        assertEquals(normal, storedFirst, "LF line breaks, no NUL, the tab kept");
        assertTrue(longestCounter.startsWith(Answer.TEXT_MAX + " of "), longestCounter);
        assertEquals("Question 2 of 7", question.progress(), "20,000 characters with line breaks are not too long");
        try (Connection db = TestDatabase.application()) {
            assertEquals(
                    Answer.TEXT_MAX + " 0",
                    single(
                            db,
                            "SELECT CONCAT(CHAR_LENGTH(text), ' ', LOCATE(CHAR(13), text)) FROM answer"
                                    + " WHERE interview_id = ?",
                            id),
                    "stored with LF line breaks");
            assertEquals(eventsBefore, single(db, textEvents, id), "\"Save and continue\" changed nothing");
        }
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
