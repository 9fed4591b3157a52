package org.heard.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.heard.it.Deployments;
import org.heard.it.TestData;
import org.heard.it.TestData.Org;
import org.heard.it.TestData.Staff;
import org.heard.it.browser.pages.AdminHomePage;
import org.heard.it.browser.pages.InterviewerHomePage;
import org.heard.it.browser.pages.LandingPage;
import org.heard.it.browser.pages.NewStaffPage;
import org.heard.it.browser.pages.PasswordPage;
import org.heard.it.browser.pages.RetentionPage;
import org.heard.it.browser.pages.ScriptsPage;
import org.heard.it.browser.pages.SignInPage;
import org.heard.it.browser.pages.StaffPage;
import org.heard.it.browser.pages.StatementPage;
import org.heard.it.browser.pages.StatementsPage;
import org.heard.it.browser.pages.SupportOptionsPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
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
        // One interview that ended 30 months ago: the retention dry run lists it.
        TestData.Interview old =
                TestData.interview(org, interviewer).words("Old words").submit();
        try (java.sql.Connection db = TestData.admin();
                java.sql.PreparedStatement ended = db.prepareStatement(
                        "UPDATE interview SET ended_at = UTC_TIMESTAMP(6) - INTERVAL 30 MONTH WHERE id = ?")) {
            ended.setLong(1, old.id());
            ended.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private AdminHomePage signIn() {
        SignInPage.open(driver(), base).signIn(admin.username(), admin.password());
        return new AdminHomePage(browser);
    }

    @Test
    @DisplayName("Add a member of staff, who must change the temporary password; disabling ends their session")
    void addChangeDisable() {
        NewStaffPage form = signIn().newStaff();
        browser.assertAccessible();

        // Bad input first: nothing chosen. What was typed stays, with a message.
        form.displayName("Priya Practitioner").create();
        assertTrue(form.shows("Enter a user name of 3 to 254 characters"));
        assertEquals("Priya Practitioner", form.displayName());
        browser.assertAccessible();

        String username = "priya." + TestData.randomLetters(6).toLowerCase();
        form.username(username).role("INTERVIEWER").kind("PRACTITIONER").create();
        String temporary = form.temporaryPassword();
        assertEquals(16, temporary.length());
        assertEquals(username, form.createdUsername());
        browser.assertAccessible();
        browser.screenshot("admin-new-staff");

        try (Browser other = new Browser()) {
            WebDriver person = other.driver();
            SignInPage.open(person, base).signIn(username, temporary);
            assertEquals("/account/password.xhtml", new LandingPage(person).path());
            person.get(base + "interviewer/index.xhtml");
            assertEquals("/account/password.xhtml", new LandingPage(person).path(), "no page before a new password");
            other.assertAccessible();
            PasswordPage password = new PasswordPage(other);
            password.change(temporary, "password1234");
            assertTrue(password.shows("on a list of common or breached passwords"));
            other.assertAccessible();
            password.change(temporary, "Violet-tram-Orchid-47");
            assertEquals("/interviewer/index.xhtml", new LandingPage(person).path());

            StaffPage staff = AdminHomePage.open(browser, base.toString())
                    .openStaff("Priya Practitioner")
                    .disable();
            assertEquals("Disabled", staff.accountStatus());
            browser.assertAccessible();

            person.get(base + "interviewer/index.xhtml");
            assertEquals("/signin.xhtml", new LandingPage(person).path(), "the disabled account's session ended");
        }
        browser.assertNoJavaScriptErrors();
    }

    @Test
    @DisplayName("Publish a new statement version, compare it with the old one, and the next interview reads it")
    void publishStatement() {
        String addition = "We keep interview notes for two years, then delete them.";
        StatementsPage statements = signIn().openStatements();
        browser.assertAccessible();
        String copied = statements.startDraft().draft();
        assertTrue(copied.length() > 100, "the draft starts as a copy of the statement in force");

        // Bad input: an empty statement is refused, with a message, and nothing is published.
        statements.draft("").publish();
        assertTrue(statements.shows("The statement is empty"));
        browser.assertAccessible();

        statements.draft(copied + "\n" + addition).publish();
        assertTrue(statements.messages().contains("was published"));
        browser.assertAccessible();

        String comparison = statements.compare(1, 2).comparison();
        assertTrue(comparison.contains(addition), comparison);
        browser.assertAccessible();
        browser.screenshot("admin-statement-comparison");

        new LandingPage(driver()).signOut();
        SignInPage.open(driver(), base).signIn(interviewer.username(), interviewer.password());
        StatementPage statement = new InterviewerHomePage(browser)
                .startInterview()
                .mode(0)
                .respondent(0)
                .team(0)
                .begin();
        assertTrue(statement.shows("two years, then delete them"), "the new version is read");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    @DisplayName("Support options: make an own list, refuse an incomplete option, add one")
    void supportOptions() {
        SupportOptionsPage support = signIn().openSupportOptions();
        browser.assertAccessible();
        support.makeOwnList().name("Parents' Forum").add();
        assertTrue(support.shows("Say what the option offers."));
        assertEquals("Parents' Forum", support.name());
        support.description("Meet other parents every month")
                .contact("forum@example.org")
                .add();
        assertTrue(support.ownList().contains("Parents' Forum"));
        browser.assertAccessible();
        browser.screenshot("admin-support-options");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    @DisplayName(
            "Retention: a bad number is refused with a message; the policy is saved; the dry run says per row whether"
                    + " it would anonymise or erase")
    void retention() {
        RetentionPage retention = signIn().openRetention();
        browser.assertAccessible();
        retention.months("twelve").save();
        assertTrue(retention.shows("Enter a whole number of months from 1 to 240"));
        assertEquals("twelve", retention.months());
        retention.months("24").action("ANONYMISE").save();
        assertTrue(retention.messages().contains("saved"));
        assertTrue(retention.preview().contains("1 interview"), retention.preview());
        assertEquals(List.of("Anonymise: erase the names and notes, keep the answers"), retention.previewActions());
        retention.action("ERASE").save();
        assertEquals(List.of("Erase everything the family said or chose"), retention.previewActions());
        browser.assertAccessible();
        browser.assertNoJavaScriptErrors();
    }

    @Test
    @DisplayName("Scripts: the versions are listed and one downloads as a JSON document")
    void scripts() throws Exception {
        ScriptsPage scripts = signIn().openScripts();
        browser.assertAccessible();
        java.nio.file.Path file = scripts.downloadFirst();
        String json = java.nio.file.Files.readString(file);
        assertTrue(
                json.contains("\"format\": \"heard-script/1\"") || json.contains("\"format\":\"heard-script/1\""),
                json);
        browser.assertNoJavaScriptErrors();
    }
}
