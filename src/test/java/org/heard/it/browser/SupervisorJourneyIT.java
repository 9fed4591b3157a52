package org.heard.it.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.heard.it.Deployments;
import org.heard.it.TestData;
import org.heard.it.TestData.Org;
import org.heard.it.TestData.Staff;
import org.heard.it.TestDatabase;
import org.heard.it.browser.pages.ConsentRegisterPage;
import org.heard.it.browser.pages.FeedbackPage;
import org.heard.it.browser.pages.InterviewRecordPage;
import org.heard.it.browser.pages.SignInPage;
import org.heard.it.browser.pages.SupervisorHomePage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A supervisor's day in the browser: the consent register filtered, a record
 * opened with the exact statement text, the receipt downloaded, a withdrawal
 * recorded and the tombstone seen; feedback for supervision; a safeguarding
 * concern acknowledged. axe-core checks every page against WCAG 2.2 AA.
 */
class SupervisorJourneyIT extends BrowserTestBase {

    private static Org org;
    private static Staff supervisor;
    private static Staff interviewer;
    private static long team;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.heard();
    }

    @BeforeAll
    static void arrange() {
        org = TestData.organisation("Supervisor Journey Council");
        team = TestData.team(org, "Family Help East");
        supervisor = TestData.staff(org, "Simone Supervisor", null, "SUPERVISOR");
        interviewer = TestData.staff(org, "Idris Interviewer", "EXPERT_BY_EXPERIENCE", "INTERVIEWER");
    }

    private SupervisorHomePage signIn() {
        SignInPage.open(driver(), base).signIn(supervisor.username(), supervisor.password());
        return new SupervisorHomePage(browser);
    }

    @Test
    @DisplayName(
            "Filter the register, open a record, read the statement, download the receipt, withdraw, see the tombstone")
    void registerRecordReceiptWithdrawal() throws Exception {
        TestData.Interview other = TestData.interview(org, interviewer)
                .team(team)
                .words("Another family's words")
                .submit();
        TestData.Interview interview = TestData.interview(org, interviewer)
                .team(team)
                .named("Priya Parent", "Sol Worker")
                .words("We were listened to")
                .submit();
        String statement;
        try (Connection db = TestDatabase.application();
                PreparedStatement query =
                        db.prepareStatement("SELECT text FROM confidentiality_statement WHERE id = ?")) {
            query.setLong(1, interview.statementId());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                statement = row.getString(1);
            }
        }
        SupervisorHomePage home = signIn();
        browser.assertAccessible();
        ConsentRegisterPage register = home.openRegister();
        assertTrue(register.shows(other.reference()));
        browser.assertAccessible();

        String table = register.filterByReference(interview.reference()).records();
        assertTrue(table.contains(interview.reference()), table);
        assertFalse(table.contains(other.reference()), "the filter leaves only the matching record");
        assertTrue(table.contains("Idris Interviewer"), table);
        assertFalse(table.contains("Priya Parent"), "the register never shows a family's name");
        browser.assertAccessible();
        browser.screenshot("supervisor-register");

        register.reload(); // a plain reload of the filtered table keeps the filter
        InterviewRecordPage record = register.open(interview.reference());
        assertEquals(interview.reference(), record.reference());
        String shown = record.statementText();
        String firstLine = statement.strip().lines().findFirst().orElseThrow().strip();
        assertTrue(shown.contains(firstLine.substring(0, Math.min(60, firstLine.length()))), shown);
        assertTrue(record.statementCheck().startsWith("Checked"));
        browser.assertAccessible();
        browser.screenshot("supervisor-record");

        Path receipt = record.downloadReceipt();
        byte[] pdf = Files.readAllBytes(receipt);
        assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(pdf, 4));
        assertTrue(receipt.getFileName().toString().contains(interview.reference()));

        // Bad input: nothing chosen. The date typed is kept, with a clear message for each missing answer.
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        record.requestedOn(today).withdraw();
        assertTrue(record.shows("Choose who asked to withdraw."));
        assertEquals(today, record.requestedOn());
        browser.assertAccessible();

        record.requestedBy("RESPONDENT").method("TELEPHONE").requestedOn(today).withdraw();
        String tombstone = record.tombstone();
        assertTrue(tombstone.contains("withdrew"), tombstone);
        assertEquals("Withdrawn", record.status());
        assertTrue(record.withdrawal().contains("Telephone"));
        assertFalse(record.shows("We were listened to"), "the family's words are gone");
        String history = record.history();
        assertTrue(history.contains("Withdrawal recorded"), history);
        assertTrue(history.contains("Personal data erased"), history);
        browser.assertAccessible();
        record.assertNoJavaScriptErrors();
        browser.screenshot("supervisor-tombstone");
    }

    @Test
    @DisplayName("Find by reference; feedback for supervision by social worker; a concern acknowledged with its action")
    void findFeedbackAndConcern() throws Exception {
        TestData.Interview named = TestData.interview(org, interviewer)
                .team(team)
                .socialWorkerOnly("Quinn Socialworker")
                .words("Quinn explained things")
                .submit();
        try (Connection db = TestDatabase.application();
                PreparedStatement insert = db.prepareStatement("INSERT INTO safeguarding_concern (organisation_id,"
                        + " interview_id, raised_by, raised_at, description) VALUES (?, ?, ?, UTC_TIMESTAMP(6) -"
                        + " INTERVAL 2 DAY, ?)")) {
            insert.setLong(1, org.id());
            insert.setLong(2, named.id());
            insert.setLong(3, interviewer.id());
            insert.setString(4, "A child mentioned being alone at night");
            insert.executeUpdate();
        }
        SupervisorHomePage home = signIn();
        assertTrue(home.overdueConcern().contains("alone at night"));

        home.acknowledgeOverdue();
        assertTrue(home.shows("Describe the action taken"));
        home.actionTaken("Referred to the duty team the same day").acknowledgeOverdue();
        assertTrue(home.messages().contains("acknowledged"));
        assertFalse(home.shows("alone at night"));
        browser.assertAccessible();

        home.find("' OR '1'='1");
        assertTrue(home.shows("No interview of your organisation has this reference code"));
        assertEquals("' OR '1'='1", home.referenceSought());
        browser.assertAccessible();
        InterviewRecordPage record = home.find(named.reference().toLowerCase());
        assertEquals(named.reference(), record.reference());

        String items = FeedbackPage.open(browser, base.toString()).items();
        assertTrue(items.contains("Quinn Socialworker"), items);
        assertTrue(items.contains("Quinn explained things"), items);
        assertTrue(items.contains("did not give their own name"), items);
        browser.assertAccessible();
        browser.screenshot("supervisor-feedback");
        browser.assertNoJavaScriptErrors();
    }
}
