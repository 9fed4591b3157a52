package org.heard.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.heard.it.Deployments;
import org.heard.it.TestData;
import org.heard.it.TestData.Org;
import org.heard.it.TestData.Staff;
import org.heard.it.browser.pages.AdminHomePage;
import org.heard.it.browser.pages.InterviewerHomePage;
import org.heard.it.browser.pages.LandingPage;
import org.heard.it.browser.pages.ScriptDraftPage;
import org.heard.it.browser.pages.ScriptsPage;
import org.heard.it.browser.pages.SignInPage;
import org.heard.it.browser.pages.StartInterviewPage;
import org.heard.it.browser.pages.StatementPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * An administrator loads a new script from a YAML document (a broken one first: every
 * problem is listed with its line, nothing is loaded), edits the draft (a missing
 * read-aloud text is refused with the question named, and everything typed is kept),
 * publishes it, and an interviewer then chooses it and reads its introduction.
 * axe-core checks every page.
 */
class ScriptJourneyIT extends BrowserTestBase {

    private static Org org;
    private static Staff admin;
    private static Staff interviewer;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.heard();
    }

    @BeforeAll
    static void arrange() {
        org = TestData.organisation("Script Journey Council");
        admin = TestData.staff(org, "Sid Scripts", null, "ADMIN");
        interviewer = TestData.staff(org, "Iona Interviewer", "EXPERT_BY_EXPERIENCE", "INTERVIEWER");
    }

    @Test
    @DisplayName("Load a script document, correct the draft, publish it, and an interviewer follows it")
    void loadEditPublish() throws Exception {
        WebDriver driver = driver();
        Path dir = Files.createTempDirectory("heard-script");
        SignInPage.open(driver, base).signIn(admin.username(), admin.password());
        ScriptsPage scripts = new AdminHomePage(browser).openScripts();
        browser.assertAccessible();

        // A broken document: the problem is reported with its line, and nothing is loaded.
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "format: heard-script/1\ncode: [unclosed\ntitle: Broken\n");
        scripts.load(broken);
        String problems = scripts.problems();
        assertTrue(problems.contains("Line 3") || problems.contains("Line 2"), problems);
        assertFalse(scripts.listsDrafts(), "nothing was loaded");
        browser.assertAccessible();

        // The seeded script's document, as a new script with its own code and introduction.
        String yaml = Files.readString(Path.of("docs", "script-parents-carers.yaml"), StandardCharsets.UTF_8)
                .replace("code: parents-carers", "code: children-young-people")
                .replace("title: Parents and carers — Appendix 1", "title: Children and young people")
                .replaceFirst("introduction: \\|-\\n", "introduction: |-\n  Hello, this is the children's script.\n");
        Path document = dir.resolve("children.yaml");
        Files.writeString(document, yaml);
        ScriptDraftPage draft = scripts.load(document);
        assertTrue(draft.url().contains("script-draft.xhtml"), draft.url());
        assertTrue(draft.messages().contains("children-young-people"));
        browser.assertAccessible();

        // Remove the second question, empty the read-aloud text of the (new) second: refused, named, kept.
        draft.removeQuestion(1)
                .title(1, "Changes you would like")
                .readAloud(1, "")
                .publish();
        String refused = draft.problems();
        assertTrue(refused.contains("Question 2, What the interviewer reads out"), refused);
        assertEquals("Changes you would like", draft.title(1), "what was typed is kept");
        assertEquals(6, draft.questions());
        browser.assertAccessible();
        browser.screenshot("admin-script-draft");

        scripts = draft.readAloud(1, "What would you like to change?").publish();
        assertTrue(scripts.url().contains("scripts.xhtml"), scripts.url());
        assertTrue(scripts.messages().contains("Children and young people"));
        assertTrue(scripts.versions().contains("children-young-people"));
        browser.assertAccessible();

        new LandingPage(driver).signOut();
        SignInPage.open(driver, base).signIn(interviewer.username(), interviewer.password());
        StartInterviewPage start = new InterviewerHomePage(browser).startInterview();
        browser.assertAccessible();
        start.begin();
        assertTrue(start.errors().contains("Choose the script"), "with two scripts, the interviewer must choose");
        StatementPage statement = start.script("Children and young people")
                .mode(0)
                .respondent(0)
                .team(0)
                .begin();
        assertTrue(statement.shows("Hello, this is the children"), "the new script is read");
        assertFalse(statement.shows("start:errors"));
        statement.assertNoJavaScriptErrors();
    }
}
