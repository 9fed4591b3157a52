package org.heard.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.heard.it.Deployments;
import org.heard.it.TestData;
import org.heard.it.TestData.Org;
import org.heard.it.TestData.Staff;
import org.heard.it.TestDatabase;
import org.heard.it.browser.pages.CheckAnswersPage;
import org.heard.it.browser.pages.InterviewerHomePage;
import org.heard.it.browser.pages.Keyboard;
import org.heard.it.browser.pages.QuestionPage;
import org.heard.it.browser.pages.SignInPage;
import org.heard.it.browser.pages.StatementPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An interviewer on a call, by keyboard only: the answer box is two key presses from
 * every question page's load; "Change" on Check answers comes back to Check answers, at
 * the changed answer; and tabbing past a glossary term does not count as the family
 * needing it explained, only opening it does, once per interview.
 */
class KeyboardInterviewIT extends BrowserTestBase {

    private static Staff expert;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.heard();
    }

    @BeforeAll
    static void arrange() {
        Org org = TestData.organisation("Keyboard Authority");
        TestData.team(org, "Keyboard Team");
        expert = TestData.staff(org, "Kim Keys", "EXPERT_BY_EXPERIENCE", "INTERVIEWER");
    }

    /** An interview agreed to: its id and its first question. */
    private record Started(long id, QuestionPage question) {}

    private Started startAgreed() throws Exception {
        SignInPage.open(driver(), base).signIn(expert.username(), expert.password());
        StatementPage statement = new InterviewerHomePage(browser)
                .startInterview()
                .mode(0)
                .respondent(0)
                .team(0)
                .begin();
        String reference = statement.referenceLine().replaceAll("^Interview (\\S+).*$", "$1");
        QuestionPage question = statement.agreeWith(2);
        try (Connection db = TestDatabase.application()) {
            return new Started(
                    Long.parseLong(single(db, "SELECT id FROM interview WHERE reference = ?", reference)), question);
        }
    }

    @Test
    @DisplayName(
            "On every question page the answer is reached in two key presses; the jump list and prompts stay reachable")
    void answerInTwoKeyPresses() throws Exception {
        QuestionPage question = startAgreed().question();
        List<String> titles = question.jumpListTitles();

        List<String> tabOrder = new Keyboard(browser).tabThrough(60);
        assertTrue(
                tabOrder.stream().anyMatch(focused -> focused.endsWith(": " + titles.get(1))),
                "the jump list is reachable: " + tabOrder);
        assertTrue(
                tabOrder.stream().anyMatch(focused -> focused.startsWith("summary")),
                "the prompts are reachable: " + tabOrder);
        question.reload();

        for (int number = 1; number <= titles.size(); number++) {
            assertEquals("Question " + number + " of " + titles.size(), question.progress());
            Keyboard keys = new Keyboard(browser);
            keys.tab().enter();
            assertEquals(2, keys.presses());
            if (question.ratingGroups() > 0) {
                assertTrue(
                        keys.focusIsWithin("ratings") && keys.focused().startsWith("input"),
                        "the first rating has focus: " + keys.focused());
            } else {
                assertEquals("answer:text", keys.focusedId(), "question " + number);
                keys.type("Answer " + number);
                assertEquals("Answer " + number, question.answer(), "the typing reached the answer box");
                question.awaitAutosave("Saved ", 15);
            }
            if (number == 1) {
                browser.assertAccessible();
                browser.screenshot("keyboard-skip-to-answer");
            }
            question.assertNoJavaScriptErrors();
            if (number < titles.size()) {
                question.next();
            }
        }
    }

    @Test
    @DisplayName("Change on Check answers, by keyboard, comes back to Check answers focused on the changed answer")
    void changeFromCheckAnswers() throws Exception {
        Started started = startAgreed();
        CheckAnswersPage check = CheckAnswersPage.open(browser, base.toString(), started.id());
        Keyboard keys = new Keyboard(browser);

        keys.tabToMatching(CheckAnswersPage.changeLink(3), 40).enterAndWait();
        QuestionPage question = new QuestionPage(browser);
        assertEquals("Question 3 of 7", question.progress());
        keys.tab().enter();
        assertEquals("answer:text", keys.focusedId());
        keys.type("Changed by keyboard.");
        question.awaitAutosave("Saved ", 15);
        keys.tabTo("answer:next", 10).enterAndWait();

        assertTrue(check.path().endsWith("/interviewer/interview/check.xhtml"), check.path());
        assertTrue(check.hasFocus(CheckAnswersPage.answerRow(3)), "focus on the changed answer: " + keys.focused());
        assertTrue(check.answers().contains("Changed by keyboard."), check.answers());
        int presses = keys.presses();
        // Before: Save and continue through questions 4 to 7 and the support step, about 80 presses.
        assertTrue(presses <= 20, "Tab and Enter presses for one change: " + presses);
        browser.assertAccessible();
        browser.assertNoJavaScriptErrors();
        // The name of the screenshot records the count.
        browser.screenshot("keyboard-back-on-check-answers-after-" + presses + "-presses");
    }

    @Test
    @DisplayName("Tabbing past definitions records nothing; opening one records it once per interview")
    void definitionsCountedOnExplicitOpening() throws Exception {
        Started started = startAgreed();
        QuestionPage question = started.question().next();
        List<String> terms = question.terms();
        assertTrue(terms.size() >= 2, "question 2 marks several terms: " + terms);
        String trust = terms.contains("trust") ? "trust" : terms.get(0);
        long trustDefinition = question.definitionOf(trust);
        String other = terms.stream()
                .filter(term -> question.definitionOf(term) != trustDefinition)
                .findFirst()
                .orElseThrow();

        // Every term on the page takes focus on the way to the answer box, and shows its definition.
        new Keyboard(browser).tabTo("answer:text", 200);
        question.openDefinition(trust);
        awaitOpenings(started.id(), 1);
        assertEquals(List.of(trustDefinition), openings(started.id()), "only the term opened with Enter");

        question.closeDefinition(trust).reload().openDefinition(trust);
        question.hover(other);
        awaitOpenings(started.id(), 2);
        List<Long> openings = openings(started.id());
        assertEquals(
                List.of(trustDefinition, question.definitionOf(other)), openings, "trust once, then the hovered term");
        question.assertNoJavaScriptErrors();
    }

    private void awaitOpenings(long interviewId, int count) {
        browser.waitUpTo(Duration.ofSeconds(15)).until(d -> {
            try {
                return openings(interviewId).size() >= count;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static List<Long> openings(long interviewId) throws Exception {
        List<Long> definitions = new ArrayList<>();
        try (Connection db = TestDatabase.application();
                PreparedStatement query = db.prepareStatement(
                        "SELECT definition_id FROM definition_opened WHERE interview_id = ? ORDER BY id")) {
            query.setLong(1, interviewId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    definitions.add(rows.getLong(1));
                }
            }
        }
        return definitions;
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
