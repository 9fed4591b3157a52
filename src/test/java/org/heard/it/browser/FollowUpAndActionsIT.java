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
import org.heard.it.browser.pages.LandingPage;
import org.heard.it.browser.pages.Navigation;
import org.heard.it.browser.pages.SignInPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

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
        TestData.Interview first =
                TestData.submittedInterview(org, interviewer, team, "NAMED", familyName, "Sam Worker", "It was hard");
        latest = TestData.submittedInterview(
                org, interviewer, team, "NAMED", familyName, "Sam Worker", "It is better now");
        String key =
                "0123456789abcdef" + TestData.randomLetters(16).toLowerCase().replaceAll("[^a-f]", "a");
        linkAndAge(first.id(), key, 30);
        linkAndAge(latest.id(), key, 14);
        otherFamily = TestData.submittedInterview(
                org, interviewer, team, "NAMED", "Olu Other" + TestData.randomLetters(5), null, "Fine");
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

    private void click(String id) {
        Navigation.clickAndWait(driver(), driver().findElement(By.id(id)));
    }

    @Test
    @DisplayName("A supervisor sees the family due and their interviews over time")
    void supervisorFollowUp() {
        WebDriver driver = driver();
        SignInPage.open(driver, base).signIn(supervisor.username(), supervisor.password());
        click("follow-up-link");
        browser.assertAccessible();
        String due = driver.findElement(By.id("due")).getText();
        assertTrue(due.contains(familyName), due);
        assertTrue(due.contains(latest.reference()), due);

        driver.findElement(By.id("interval:weeks")).clear();
        driver.findElement(By.id("interval:weeks")).sendKeys("200");
        click("interval:show");
        assertTrue(driver.findElement(By.id("interval:errors")).getText().contains("from 1 to 104"));
        assertEquals("200", driver.findElement(By.id("interval:weeks")).getAttribute("value"), "kept");
        driver.findElement(By.id("interval:weeks")).clear();
        driver.findElement(By.id("interval:weeks")).sendKeys("20");
        click("interval:show");
        assertTrue(driver.findElements(By.id("due")).isEmpty(), "14 weeks is not yet 20");
        browser.assertAccessible();

        driver.findElement(By.id("interval:weeks")).clear();
        driver.findElement(By.id("interval:weeks")).sendKeys("10");
        click("interval:show");
        Navigation.clickAndWait(driver, driver.findElement(By.linkText(familyName)));
        assertTrue(driver.getCurrentUrl().contains("family.xhtml?interview="), driver.getCurrentUrl());
        assertTrue(!driver.getCurrentUrl().contains(familyName.substring(0, 5)), "no name in the address");
        String visits = driver.findElement(By.id("visits")).getText();
        assertTrue(visits.indexOf(latest.reference()) > 0, visits);
        assertTrue(driver.findElement(By.id("family-name")).getText().contains(familyName));
        browser.assertAccessible();
    }

    @Test
    @DisplayName("An interviewer is told why a follow-up reference is refused, and keeps what was chosen")
    void interviewerWrongReference() {
        WebDriver driver = driver();
        SignInPage.open(driver, base).signIn(interviewer.username(), interviewer.password());
        click("startInterview");
        driver.findElement(By.id("start:mode:0")).click();
        driver.findElement(By.id("start:respondent:0")).click();
        driver.findElement(By.id("start:team:0")).click();
        driver.findElement(By.id("start:followUpOf")).sendKeys("NOPE-2026-0001");
        click("start:begin");
        assertTrue(driver.findElement(By.id("start:errors"))
                .getText()
                .contains("There is no interview with the reference NOPE-2026-0001"));
        assertTrue(driver.findElement(By.id("start:mode:0")).isSelected(), "the choices are kept");
        assertEquals(
                "NOPE-2026-0001", driver.findElement(By.id("start:followUpOf")).getAttribute("value"));
        browser.assertAccessible();

        driver.findElement(By.id("start:followUpOf")).clear();
        driver.findElement(By.id("start:followUpOf")).sendKeys(otherFamily.reference());
        click("start:begin");
        assertTrue(driver.getCurrentUrl().contains("statement.xhtml"), driver.getCurrentUrl());
    }

    @Test
    @DisplayName("An analyst records an action, marks it done and shared, and prints the page for families")
    void analystActionLog() {
        WebDriver driver = driver();
        SignInPage.open(driver, base).signIn(analyst.username(), analyst.password());
        click("actions-link");
        browser.assertAccessible();

        driver.findElement(By.id("action:actionText")).sendKeys("Every letter names who to call");
        driver.findElement(By.id("action:owner")).sendKeys("Head of Service");
        click("action:save");
        assertTrue(driver.findElement(By.id("action:messages")).getText().contains("Type the finding"));
        assertEquals(
                "Every letter names who to call",
                driver.findElement(By.id("action:actionText")).getAttribute("value"),
                "what was typed is kept");
        driver.findElement(By.id("action:finding")).sendKeys("Families did not know who to call out of hours");
        new Select(driver.findElement(By.id("action:theme"))).selectByVisibleText("Rights and complaints");
        click("action:save");
        assertTrue(driver.findElement(By.id("action:messages")).getText().contains("The action was recorded"));
        assertTrue(driver.findElement(By.id("actions")).getText().contains("Proposed"));
        browser.assertAccessible();

        click("action:rows:0:edit");
        new Select(driver.findElement(By.id("action:status"))).selectByVisibleText("Done");
        String today = LocalDate.now(ClockProducer.ZONE).toString();
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("document.getElementById('action:sharedOn').value = arguments[0];", today);
        click("action:save");
        assertTrue(
                driver.findElement(By.id("action:messages")).getText().contains("The action was saved"),
                driver.findElement(By.id("action:messages")).getText());
        assertTrue(driver.findElement(By.id("actions")).getText().contains("Done"));
        browser.assertAccessible();

        click("print-link");
        String done = driver.findElement(By.id("done")).getText();
        assertTrue(done.contains("You said: Families did not know who to call out of hours"), done);
        assertTrue(done.contains("We did: Every letter names who to call"), done);
        browser.assertAccessible();
        new LandingPage(driver).signOut();
    }
}
