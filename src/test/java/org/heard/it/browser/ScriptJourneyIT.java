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
import org.openqa.selenium.WebElement;

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

    private void click(String id) {
        Navigation.clickAndWait(driver(), driver().findElement(By.id(id)));
    }

    private void upload(Path file) {
        driver().findElement(By.id("importForm:document"))
                .sendKeys(file.toAbsolutePath().toString());
        click("importForm:load");
    }

    @Test
    @DisplayName("Load a script document, correct the draft, publish it, and an interviewer follows it")
    void loadEditPublish() throws Exception {
        WebDriver driver = driver();
        Path dir = Files.createTempDirectory("heard-script");
        SignInPage.open(driver, base).signIn(admin.username(), admin.password());
        click("scripts-link");
        browser.assertAccessible();

        // A broken document: the problem is reported with its line, and nothing is loaded.
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "format: heard-script/1\ncode: [unclosed\ntitle: Broken\n");
        upload(broken);
        String problems = driver.findElement(By.id("problems")).getText();
        assertTrue(problems.contains("Line 3") || problems.contains("Line 2"), problems);
        assertTrue(driver.findElements(By.id("drafts")).isEmpty(), "nothing was loaded");
        browser.assertAccessible();

        // The seeded script's document, as a new script with its own code and introduction.
        String yaml = Files.readString(Path.of("docs", "script-parents-carers.yaml"), StandardCharsets.UTF_8)
                .replace("code: parents-carers", "code: children-young-people")
                .replace("title: Parents and carers — Appendix 1", "title: Children and young people")
                .replaceFirst("introduction: \\|-\\n", "introduction: |-\n  Hello, this is the children's script.\n");
        Path document = dir.resolve("children.yaml");
        Files.writeString(document, yaml);
        upload(document);
        assertTrue(driver.getCurrentUrl().contains("script-draft.xhtml"), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.id("messages")).getText().contains("children-young-people"));
        browser.assertAccessible();

        // Remove the second question, empty the read-aloud text of the (new) second: refused, named, kept.
        click("draft:questions:1:remove");
        WebElement title = driver.findElement(By.id("draft:questions:1:title"));
        title.clear();
        title.sendKeys("Changes you would like");
        driver.findElement(By.id("draft:questions:1:readAloud")).clear();
        click("draft:publish");
        String refused = driver.findElement(By.id("problems")).getText();
        assertTrue(refused.contains("Question 2, What the interviewer reads out"), refused);
        assertEquals(
                "Changes you would like",
                driver.findElement(By.id("draft:questions:1:title")).getAttribute("value"),
                "what was typed is kept");
        assertEquals(
                6,
                driver.findElements(By.cssSelector("section.heard-question-editor"))
                        .size());
        browser.assertAccessible();
        browser.screenshot("admin-script-draft");

        driver.findElement(By.id("draft:questions:1:readAloud")).sendKeys("What would you like to change?");
        click("draft:publish");
        assertTrue(driver.getCurrentUrl().contains("scripts.xhtml"), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.id("messages")).getText().contains("Children and young people"));
        assertTrue(driver.findElement(By.id("scripts:versions")).getText().contains("children-young-people"));
        browser.assertAccessible();

        new LandingPage(driver).signOut();
        SignInPage.open(driver, base).signIn(interviewer.username(), interviewer.password());
        click("startInterview");
        browser.assertAccessible();
        click("start:begin");
        assertTrue(
                driver.findElement(By.id("start:errors")).getText().contains("Choose the script"),
                "with two scripts, the interviewer must choose");
        driver.findElements(By.cssSelector("input[name='start:script']")).stream()
                .filter(radio -> driver.findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']"))
                        .getText()
                        .equals("Children and young people"))
                .findFirst()
                .orElseThrow()
                .click();
        driver.findElement(By.id("start:mode:0")).click();
        driver.findElement(By.id("start:respondent:0")).click();
        driver.findElement(By.id("start:team:0")).click();
        click("start:begin");
        assertTrue(driver.getPageSource().contains("Hello, this is the children"), "the new script is read");
        assertFalse(driver.getPageSource().contains("start:errors"));
    }
}
