package org.heard.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * An administrator adds a member of staff; the new person signs in with the
 * temporary password, must choose their own (a weak one is refused, what was
 * typed elsewhere is kept), and is later disabled while signed in: their
 * session ends at once. axe-core checks every page.
 */
class AdminJourneyIT extends BrowserTestBase {

    private static Org org;
    private static Staff admin;
    private static Staff interviewer;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.heard();
    }

    @BeforeAll
    static void arrange() {
        org = TestData.organisation("Admin Journey Council");
        admin = TestData.staff(org, "Ada Administrator", null, "ADMIN");
        interviewer = TestData.staff(org, "Ira Interviewer", "EXPERT_BY_EXPERIENCE", "INTERVIEWER");
        TestData.team(org, "Family Help");
    }

    private void click(WebDriver driver, String id) {
        Navigation.clickAndWait(driver, driver.findElement(By.id(id)));
    }

    @Test
    @DisplayName("Add a member of staff, who must change the temporary password; disabling ends their session")
    void addChangeDisable() {
        SignInPage.open(driver(), base).signIn(admin.username(), admin.password());
        click(driver(), "new-staff");
        browser.assertAccessible();

        // Bad input first: nothing chosen. What was typed stays, with a message.
        driver().findElement(By.id("staffForm:displayName")).sendKeys("Priya Practitioner");
        click(driver(), "staffForm:create");
        assertTrue(driver().getPageSource().contains("Enter a user name of 3 to 254 characters"));
        assertEquals(
                "Priya Practitioner",
                driver().findElement(By.id("staffForm:displayName")).getAttribute("value"));
        browser.assertAccessible();

        String username = "priya." + TestData.randomLetters(6).toLowerCase();
        driver().findElement(By.id("staffForm:username")).sendKeys(username);
        driver().findElement(By.cssSelector("input[name='staffForm:roles'][value='INTERVIEWER']"))
                .click();
        driver().findElement(By.cssSelector("input[name='staffForm:kind'][value='PRACTITIONER']"))
                .click();
        click(driver(), "staffForm:create");
        String temporary = driver().findElement(By.id("temporary-password")).getText();
        assertEquals(16, temporary.length());
        assertEquals(username, driver().findElement(By.id("created-username")).getText());
        browser.assertAccessible();
        browser.screenshot("admin-new-staff");

        try (Browser other = new Browser()) {
            WebDriver person = other.driver();
            SignInPage.open(person, base).signIn(username, temporary);
            assertEquals("/account/password.xhtml", new LandingPage(person).path());
            person.get(base + "interviewer/index.xhtml");
            assertEquals("/account/password.xhtml", new LandingPage(person).path(), "no page before a new password");
            other.assertAccessible();
            person.findElement(By.id("password:current")).sendKeys(temporary);
            person.findElement(By.id("password:chosen")).sendKeys("password1234");
            person.findElement(By.id("password:confirmation")).sendKeys("password1234");
            Navigation.clickAndWait(person, person.findElement(By.id("password:change")));
            assertTrue(person.getPageSource().contains("on a list of common or breached passwords"));
            other.assertAccessible();
            person.findElement(By.id("password:current")).sendKeys(temporary);
            person.findElement(By.id("password:chosen")).sendKeys("Violet-tram-Orchid-47");
            person.findElement(By.id("password:confirmation")).sendKeys("Violet-tram-Orchid-47");
            Navigation.clickAndWait(person, person.findElement(By.id("password:change")));
            assertEquals("/interviewer/index.xhtml", new LandingPage(person).path());

            driver().get(base + "admin/index.xhtml");
            Navigation.clickAndWait(driver(), driver().findElement(By.linkText("Priya Practitioner")));
            click(driver(), "actions:disable");
            assertEquals(
                    "Disabled", driver().findElement(By.id("account-status")).getText());
            browser.assertAccessible();

            person.get(base + "interviewer/index.xhtml");
            assertEquals("/signin.xhtml", new LandingPage(person).path(), "the disabled account's session ended");
        }
    }

    @Test
    @DisplayName("Publish a new statement version, compare it with the old one, and the next interview reads it")
    void publishStatement() {
        String addition = "We keep interview notes for two years, then delete them.";
        SignInPage.open(driver(), base).signIn(admin.username(), admin.password());
        click(driver(), "statements-link");
        browser.assertAccessible();
        click(driver(), "startForm:start");
        var text = driver().findElement(By.id("draftForm:text"));
        String copied = text.getAttribute("value");
        assertTrue(copied.length() > 100, "the draft starts as a copy of the statement in force");

        // Bad input: an empty statement is refused, with a message, and nothing is published.
        text.clear();
        click(driver(), "draftForm:publish");
        assertTrue(driver().getPageSource().contains("The statement is empty"));
        browser.assertAccessible();

        driver().findElement(By.id("draftForm:text")).sendKeys(copied + "\n" + addition);
        click(driver(), "draftForm:publish");
        assertTrue(driver().findElement(By.id("messages")).getText().contains("was published"));
        browser.assertAccessible();

        new org.openqa.selenium.support.ui.Select(driver().findElement(By.id("compareForm:left"))).selectByIndex(1);
        new org.openqa.selenium.support.ui.Select(driver().findElement(By.id("compareForm:right"))).selectByIndex(2);
        click(driver(), "compareForm:compare");
        String comparison = driver().findElement(By.id("comparison")).getText();
        assertTrue(comparison.contains(addition), comparison);
        browser.assertAccessible();
        browser.screenshot("admin-statement-comparison");

        new LandingPage(driver()).signOut();
        SignInPage.open(driver(), base).signIn(interviewer.username(), interviewer.password());
        click(driver(), "startInterview");
        driver().findElement(By.id("start:mode:0")).click();
        driver().findElement(By.id("start:respondent:0")).click();
        driver().findElement(By.id("start:team:0")).click();
        click(driver(), "start:begin");
        assertTrue(driver().getPageSource().contains("two years, then delete them"), "the new version is read");
    }

    @Test
    @DisplayName("Support options: make an own list, refuse an incomplete option, add one")
    void supportOptions() {
        SignInPage.open(driver(), base).signIn(admin.username(), admin.password());
        click(driver(), "support-link");
        browser.assertAccessible();
        click(driver(), "ownForm:makeOwn");
        driver().findElement(By.id("addForm:name")).sendKeys("Parents' Forum");
        click(driver(), "addForm:add");
        assertTrue(driver().getPageSource().contains("Say what the option offers."));
        assertEquals(
                "Parents' Forum", driver().findElement(By.id("addForm:name")).getAttribute("value"));
        driver().findElement(By.id("addForm:description")).sendKeys("Meet other parents every month");
        driver().findElement(By.id("addForm:contact")).sendKeys("forum@example.org");
        click(driver(), "addForm:add");
        assertTrue(driver().findElement(By.id("ownList:own")).getText().contains("Parents' Forum"));
        browser.assertAccessible();
        browser.screenshot("admin-support-options");
    }

    @Test
    @DisplayName(
            "Retention: a bad number is refused with a message; the policy is saved; the dry run says what would happen")
    void retention() {
        SignInPage.open(driver(), base).signIn(admin.username(), admin.password());
        click(driver(), "retention-link");
        browser.assertAccessible();
        driver().findElement(By.id("retentionForm:months")).sendKeys("twelve");
        click(driver(), "retentionForm:save");
        assertTrue(driver().getPageSource().contains("Enter a whole number of months from 1 to 240"));
        assertEquals(
                "twelve", driver().findElement(By.id("retentionForm:months")).getAttribute("value"));
        driver().findElement(By.id("retentionForm:months")).clear();
        driver().findElement(By.id("retentionForm:months")).sendKeys("24");
        driver().findElement(By.cssSelector("input[name='retentionForm:action'][value='ANONYMISE']"))
                .click();
        click(driver(), "retentionForm:save");
        assertTrue(driver().findElement(By.id("messages")).getText().contains("saved"));
        assertTrue(driver().findElement(By.id("preview-count")).getText().contains("no interviews"));
        browser.assertAccessible();
    }

    @Test
    @DisplayName("Scripts: the versions are listed and one downloads as a JSON document")
    void scripts() throws Exception {
        SignInPage.open(driver(), base).signIn(admin.username(), admin.password());
        click(driver(), "scripts-link");
        browser.assertAccessible();
        java.nio.file.Path downloads = browser.allowDownloads();
        driver().findElement(By.cssSelector("input[id$=':download']")).click();
        java.nio.file.Path file = browser.awaitDownload(downloads, ".json");
        String json = java.nio.file.Files.readString(file);
        assertTrue(
                json.contains("\"format\": \"heard-script/1\"") || json.contains("\"format\":\"heard-script/1\""),
                json);
    }
}
