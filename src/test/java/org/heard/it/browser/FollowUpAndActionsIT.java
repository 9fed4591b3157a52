package org.heard.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.heard.application.shared.ClockProducer;
import org.heard.it.Deployments;
import org.heard.it.TestData;
import org.heard.it.TestData.Org;
import org.heard.it.TestData.Staff;
import org.heard.it.browser.pages.ActionsPage;
import org.heard.it.browser.pages.FamilyPage;
import org.heard.it.browser.pages.FollowUpPage;
import org.heard.it.browser.pages.InterviewerHomePage;
import org.heard.it.browser.pages.LandingPage;
import org.heard.it.browser.pages.QaHomePage;
import org.heard.it.browser.pages.SignInPage;
import org.heard.it.browser.pages.StartInterviewPage;
import org.heard.it.browser.pages.StatementPage;
import org.heard.it.browser.pages.SupervisorHomePage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Closing the loop with families: a supervisor finds a named family due for a follow-up
 * and opens their interviews over time; an interviewer who types a wrong reference for
 * a follow-up is told why and keeps what was chosen; an analyst records an action, is
 * refused an empty finding without losing what was typed, marks the action done and
 * shared, and prints the "you said, we did" page. axe-core checks every page.
 */
class FollowUpAndActionsIT extends BrowserTestBase {

    private static Org org;
    private static Staff supervisor;
    private static Staff analyst;
    private static Staff interviewer;
    private static String familyName;
    private static TestData.Interview latest;
    private static TestData.Interview otherFamily;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.heard();
    }

    @BeforeAll
    static void arrange() throws Exception {
        org = TestData.organisation("Follow-up Journey Council");
        long team = TestData.team(org, "Duty and Assessment");
        supervisor = TestData.staff(org, "Sasha Supervisor", null, "SUPERVISOR");
        analyst = TestData.staff(org, "Ali Analyst", null, "QA_ANALYST");
        interviewer = TestData.staff(org, "Ivy Interviewer", "EXPERT_BY_EXPERIENCE", "INTERVIEWER");
        familyName = "Farah Family" + TestData.randomLetters(5);
        TestData.Interview first = TestData.interview(org, interviewer)
                .team(team)
                .named(familyName, "Sam Worker")
                .words("It was hard")
                .submit();
        latest = TestData.interview(org, interviewer)
                .team(team)
                .named(familyName, "Sam Worker")
                .words("It is better now")
                .submit();
        String key =
                "0123456789abcdef" + TestData.randomLetters(16).toLowerCase().replaceAll("[^a-f]", "a");
        linkAndAge(first.id(), key, 30);
        linkAndAge(latest.id(), key, 14);
        otherFamily = TestData.interview(org, interviewer)
                .team(team)
                .named("Olu Other" + TestData.randomLetters(5), null)
                .words("Fine")
                .submit();
        linkAndAge(otherFamily.id(), "fedcba9876543210" + key.substring(16), 11);
        try (Connection db = TestData.admin();
                PreparedStatement theme = db.prepareStatement(
                        "INSERT INTO qa_theme (organisation_id, name, description, created_at, version)"
                                + " VALUES (?, 'Rights and complaints', 'Rights and how to complain',"
                                + " CURRENT_TIMESTAMP(6), 0)")) {
            theme.setLong(1, org.id());
            theme.executeUpdate();
        }
    }

    /** Gives the interview the family key and moves it {@code weeks} weeks into the past. */
    private static void linkAndAge(long interviewId, String key, int weeks) throws Exception {
        LocalDateTime when = LocalDateTime.now(ZoneOffset.UTC).minusWeeks(weeks);
        try (Connection db = TestData.admin();
                PreparedStatement update = db.prepareStatement("UPDATE interview SET family_key = ?, started_at = ?,"
                        + " ended_at = ?, submitted_at = ? WHERE id = ?")) {
            update.setString(1, key);
            update.setTimestamp(2, Timestamp.valueOf(when.minusHours(1)));
            update.setTimestamp(3, Timestamp.valueOf(when));
            update.setTimestamp(4, Timestamp.valueOf(when));
            update.setLong(5, interviewId);
            assertEquals(1, update.executeUpdate());
        }
    }

    @Test
    @DisplayName("A supervisor sees the family due and their interviews over time")
    void supervisorFollowUp() {
        SignInPage.open(driver(), base).signIn(supervisor.username(), supervisor.password());
        FollowUpPage followUp = new SupervisorHomePage(browser).openFollowUp();
        browser.assertAccessible();
        String due = followUp.due();
        assertTrue(due.contains(familyName), due);
        assertTrue(followUp.changePerturbationNote().contains("perturbed"), followUp.changePerturbationNote());
        assertTrue(due.contains(latest.reference()), due);

        followUp.interval("200");
        assertTrue(followUp.errors().contains("from 1 to 104"));
        assertEquals("200", followUp.interval(), "kept");
        followUp.interval("20");
        assertTrue(!followUp.anyDue(), "14 weeks is not yet 20");
        browser.assertAccessible();

        FamilyPage family = followUp.interval("10").openFamily(familyName);
        assertTrue(family.url().contains("family.xhtml?interview="), family.url());
        assertTrue(!family.url().contains(familyName.substring(0, 5)), "no name in the address");
        String visits = family.visits();
        assertTrue(visits.indexOf(latest.reference()) > 0, visits);
        assertTrue(family.familyName().contains(familyName));
        browser.assertAccessible();
        browser.assertNoJavaScriptErrors();
    }

    @Test
    @DisplayName("An interviewer is told why a follow-up reference is refused, and keeps what was chosen")
    void interviewerWrongReference() {
        SignInPage.open(driver(), base).signIn(interviewer.username(), interviewer.password());
        StartInterviewPage start = new InterviewerHomePage(browser).startInterview();
        start.mode(0).respondent(0).team(0).followUpOf("NOPE-2026-0001").begin();
        assertTrue(start.errors().contains("There is no interview with the reference NOPE-2026-0001"));
        assertTrue(start.modeChosen(0), "the choices are kept");
        assertEquals("NOPE-2026-0001", start.followUpOf());
        browser.assertAccessible();

        StatementPage statement = start.followUpOf(otherFamily.reference()).begin();
        assertTrue(statement.url().contains("statement.xhtml"), statement.url());
        browser.assertNoJavaScriptErrors();
    }

    @Test
    @DisplayName("An analyst records an action, marks it done and shared, and prints the page for families")
    void analystActionLog() {
        SignInPage.open(driver(), base).signIn(analyst.username(), analyst.password());
        ActionsPage actions = new QaHomePage(browser).openActions();
        browser.assertAccessible();

        actions.actionText("Every letter names who to call")
                .owner("Head of Service")
                .save();
        assertTrue(actions.formMessages().contains("Type the finding"));
        assertEquals("Every letter names who to call", actions.actionText(), "what was typed is kept");
        actions.finding("Families did not know who to call out of hours")
                .theme("Rights and complaints")
                .save();
        assertTrue(actions.formMessages().contains("The action was recorded"));
        assertTrue(actions.actions().contains("Proposed"));
        browser.assertAccessible();

        String today = LocalDate.now(ClockProducer.ZONE).toString();
        actions.edit(0).status("Done").sharedOn(today).save();
        assertTrue(actions.formMessages().contains("The action was saved"), actions.formMessages());
        assertTrue(actions.actions().contains("Done"));
        browser.assertAccessible();

        String done = actions.print().done();
        assertTrue(done.contains("You said: Families did not know who to call out of hours"), done);
        assertTrue(done.contains("We did: Every letter names who to call"), done);
        browser.assertAccessible();
        new LandingPage(driver()).signOut();
        browser.assertNoJavaScriptErrors();
    }
}
