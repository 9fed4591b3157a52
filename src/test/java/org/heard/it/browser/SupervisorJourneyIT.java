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
import org.heard.it.browser.pages.Navigation;
import org.heard.it.browser.pages.SignInPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

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

    private void signIn() {
        SignInPage.open(driver(), base).signIn(supervisor.username(), supervisor.password());
    }

    private void click(String id) {
        Navigation.clickAndWait(driver(), driver().findElement(By.id(id)));
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    @Test
    @DisplayName(
            "Filter the register, open a record, read the statement, download the receipt, withdraw, see the tombstone")
    void registerRecordReceiptWithdrawal() throws Exception {
        TestData.Interview other =
                TestData.submittedInterview(org, interviewer, team, "ANONYMOUS", null, null, "Another family's words");
        TestData.Interview interview = TestData.submittedInterview(
                org, interviewer, team, "NAMED", "Priya Parent", "Sol Worker", "We were listened to");
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
        signIn();
        browser.assertAccessible();
        click("register-link");
        assertTrue(driver().getPageSource().contains(other.reference()));
        browser.assertAccessible();

        driver().findElement(By.id("filters:reference")).sendKeys(interview.reference());
        driver().findElement(By.id("filters:apply")).click();
        browser.waitForAjax();
        String table = driver().findElement(By.id("register:records")).getText();
        assertTrue(table.contains(interview.reference()), table);
        assertFalse(table.contains(other.reference()), "the filter leaves only the matching record");
        assertTrue(table.contains("Idris Interviewer"), table);
        assertFalse(table.contains("Priya Parent"), "the register never shows a family's name");
        browser.assertAccessible();
        browser.screenshot("supervisor-register");

        click("filters:apply"); // a plain reload of the filtered table keeps the filter
        Navigation.clickAndWait(driver(), driver().findElement(By.linkText(interview.reference())));
        assertEquals(
                interview.reference(), driver().findElement(By.id("reference")).getText());
        String shown = driver().findElement(By.cssSelector(".statement-text")).getText();
        String firstLine = statement.strip().lines().findFirst().orElseThrow().strip();
        assertTrue(shown.contains(firstLine.substring(0, Math.min(60, firstLine.length()))), shown);
        assertTrue(driver().findElement(By.cssSelector(".statement-check"))
                .getText()
                .startsWith("Checked"));
        browser.assertAccessible();
        browser.screenshot("supervisor-record");

        Path downloads = browser.allowDownloads();
        driver().findElement(By.id("receiptForm:receipt")).click();
        Path receipt = browser.awaitDownload(downloads, ".pdf");
        byte[] pdf = Files.readAllBytes(receipt);
        assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(pdf, 4));
        assertTrue(receipt.getFileName().toString().contains(interview.reference()));

        // Bad input: nothing chosen. The date typed is kept, with a clear message for each missing answer.
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        setValue("withdrawalForm:requestedOn", today);
        click("withdrawalForm:withdraw");
        assertTrue(driver().getPageSource().contains("Choose who asked to withdraw."));
        assertEquals(
                today, driver().findElement(By.id("withdrawalForm:requestedOn")).getAttribute("value"));
        browser.assertAccessible();

        driver().findElement(By.cssSelector("input[name='withdrawalForm:requestedBy'][value='RESPONDENT']"))
                .click();
        driver().findElement(By.cssSelector("input[name='withdrawalForm:method'][value='TELEPHONE']"))
                .click();
        setValue("withdrawalForm:requestedOn", today);
        click("withdrawalForm:withdraw");
        WebElement tombstone = driver().findElement(By.id("tombstone"));
        assertTrue(tombstone.getText().contains("withdrew"), tombstone.getText());
        assertEquals("Withdrawn", driver().findElement(By.id("status")).getText());
        assertTrue(driver().findElement(By.id("withdrawal")).getText().contains("Telephone"));
        assertFalse(driver().getPageSource().contains("We were listened to"), "the family's words are gone");
        String history = driver().findElement(By.id("history")).getText();
        assertTrue(history.contains("Withdrawal recorded"), history);
        assertTrue(history.contains("Personal data erased"), history);
        browser.assertAccessible();
        browser.assertNoJavaScriptErrors();
        browser.screenshot("supervisor-tombstone");
    }

    @Test
    @DisplayName("Find by reference; feedback for supervision by social worker; a concern acknowledged with its action")
    void findFeedbackAndConcern() throws Exception {
        TestData.Interview named = TestData.submittedInterview(
                org, interviewer, team, "SOCIAL_WORKER_ONLY", null, "Quinn Socialworker", "Quinn explained things");
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
        signIn();
        assertTrue(driver().findElement(By.cssSelector(".heard-concern--overdue"))
                .getText()
                .contains("alone at night"));

        WebElement acknowledge = driver().findElement(By.cssSelector(".heard-concern--overdue input[type=submit]"));
        Navigation.clickAndWait(driver(), acknowledge);
        assertTrue(driver().getPageSource().contains("Describe the action taken"));
        WebElement action = driver().findElement(By.cssSelector(".heard-concern--overdue textarea"));
        action.sendKeys("Referred to the duty team the same day");
        Navigation.clickAndWait(
                driver(), driver().findElement(By.cssSelector(".heard-concern--overdue input[type=submit]")));
        assertTrue(driver().findElement(By.id("messages")).getText().contains("acknowledged"));
        assertFalse(driver().getPageSource().contains("alone at night"));
        browser.assertAccessible();

        driver().findElement(By.id("findForm:reference")).sendKeys("' OR '1'='1");
        click("findForm:find");
        assertTrue(driver().getPageSource().contains("No interview of your organisation has this reference code"));
        assertEquals(
                "' OR '1'='1", driver().findElement(By.id("findForm:reference")).getAttribute("value"));
        browser.assertAccessible();
        driver().findElement(By.id("findForm:reference")).clear();
        driver().findElement(By.id("findForm:reference"))
                .sendKeys(named.reference().toLowerCase());
        click("findForm:find");
        assertEquals(named.reference(), driver().findElement(By.id("reference")).getText());

        driver().get(base + "supervisor/feedback.xhtml");
        String items = driver().findElement(By.id("items")).getText();
        assertTrue(items.contains("Quinn Socialworker"), items);
        assertTrue(items.contains("Quinn explained things"), items);
        assertTrue(items.contains("did not give their own name"), items);
        browser.assertAccessible();
        browser.screenshot("supervisor-feedback");
    }
}
