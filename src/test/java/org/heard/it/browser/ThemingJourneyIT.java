package org.heard.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

/**
 * Theming free text in the browser: an analyst selects a passage of an answer with the
 * keyboard (the family's words shown with the recorded names taken out) and tags it; the
 * theme's count, hidden while fewer than 5 interviews have it, appears on the theme
 * counts page; deleting the theme, now in use, asks what to do with its tags. axe-core
 * checks every page.
 */
class ThemingJourneyIT extends BrowserTestBase {

    private static final String WORDS = "I told Sam that trust takes time";

    private static Org org;
    private static Staff analyst;
    private static long trust;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.heard();
    }

    @BeforeAll
    static void arrange() throws Exception {
        org = TestData.organisation("Theming Journey Council");
        long team = TestData.team(org, "Children in Need");
        analyst = TestData.staff(org, "Ali Analyst", null, "QA_ANALYST");
        Staff other = TestData.staff(org, "Bo Analyst", null, "QA_ANALYST");
        Staff interviewer = TestData.staff(org, "Ivy Interviewer", "EXPERT_BY_EXPERIENCE", "INTERVIEWER");
        // The answer the analyst tags comes first: answers are listed by id.
        TestData.submittedInterview(org, interviewer, team, "NAMED", "Rae Parent", "Sam Worker", WORDS);
        trust = theme("Trust", "Mutual trust between the family and the social worker");
        theme("Other staff", "Staff other than the social worker");
        // Four other interviews already tagged with Trust by another analyst: not yet enough to show.
        for (int i = 0; i < 4; i++) {
            TestData.Interview tagged = TestData.submittedInterview(
                    org, interviewer, team, "ANONYMOUS", null, null, "Trust came slowly " + i);
            try (Connection db = TestData.admin();
                    PreparedStatement insert = db.prepareStatement("INSERT INTO qa_theme_tag (organisation_id,"
                            + " theme_id, interview_id, answer_id, coder_id, tagged_at)"
                            + " SELECT ?, ?, ?, MIN(id), ?, CURRENT_TIMESTAMP(6) FROM answer WHERE interview_id = ?")) {
                insert.setLong(1, org.id());
                insert.setLong(2, trust);
                insert.setLong(3, tagged.id());
                insert.setLong(4, other.id());
                insert.setLong(5, tagged.id());
                assertEquals(1, insert.executeUpdate());
            }
        }
    }

    private static long theme(String name, String description) throws Exception {
        try (Connection db = TestData.admin();
                PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO qa_theme (organisation_id, name, description, created_at, version)"
                                + " VALUES (?, ?, ?, CURRENT_TIMESTAMP(6), 0)",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, org.id());
            insert.setString(2, name);
            insert.setString(3, description);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void open(String path) {
        driver().get(base + path);
        browser.waitForAjax();
    }

    private void click(WebElement control) {
        Navigation.clickAndWait(driver(), control);
    }

    private String trustCell() {
        // The last column is the current quarter.
        List<WebElement> cells =
                driver().findElements(By.xpath("//table[@id='by-quarter']//tr[th[normalize-space()='Trust']]/td"));
        return cells.get(cells.size() - 1).getText();
    }

    @Test
    @DisplayName(
            "An analyst tags a passage chosen with the keyboard, sees the theme counted, then deletes it and is asked about its tags")
    void tagCountAndDelete() {
        WebDriver driver = driver();
        SignInPage.open(driver, base).signIn(analyst.username(), analyst.password());
        click(driver.findElement(By.id("theme-counts-link")));
        browser.assertAccessible();
        assertTrue(trustCell().contains("Fewer than 5 interviews"), trustCell());

        open("qa/coding.xhtml");
        browser.assertAccessible();
        WebElement section = driver.findElement(By.cssSelector(".heard-coding-answer"));
        WebElement words = section.findElement(By.cssSelector("textarea.heard-words"));
        assertEquals("I told [name] that trust takes time (question 1)", words.getAttribute("value"));
        String page = driver.getPageSource();
        assertTrue(!page.contains("Sam Worker") && !page.contains("Rae Parent"), "no recorded name on the page");
        assertTrue(!page.contains("Ivy Interviewer"), "no interviewer's name");
        assertTrue(section.getText().contains("Expert by Experience"), "the interviewer's kind only");

        // Keyboard only: left to the start of the words, 19 characters on, then Shift+Right over "trust".
        Actions keys = new Actions(driver).click(words);
        for (int i = 0; i < 60; i++) {
            keys.sendKeys(Keys.ARROW_LEFT);
        }
        for (int i = 0; i < 19; i++) {
            keys.sendKeys(Keys.ARROW_RIGHT);
        }
        keys.keyDown(Keys.SHIFT);
        for (int i = 0; i < 5; i++) {
            keys.sendKeys(Keys.ARROW_RIGHT);
        }
        keys.keyUp(Keys.SHIFT).perform();
        WebElement start = section.findElement(By.cssSelector("input[type=hidden][id$=':start']"));
        WebElement end = section.findElement(By.cssSelector("input[type=hidden][id$=':end']"));
        assertEquals(
                "16",
                start.getAttribute("value"),
                () -> "offsets into the stored words, past the name; selection "
                        + ((JavascriptExecutor) driver)
                                .executeScript("var a = document.querySelector('textarea.heard-words');"
                                        + " return a.selectionStart + '-' + a.selectionEnd + ' scripts: '"
                                        + " + Array.from(document.scripts).map(s => s.src).join(' ')"
                                        + " + ' map: ' + a.getAttribute('data-map');")
                        + " logs "
                        + driver.manage().logs().get(LogType.BROWSER).getAll());
        assertEquals("21", end.getAttribute("value"));
        assertTrue(section.findElement(By.cssSelector(".heard-passage-status"))
                .getText()
                .contains("“trust”"));
        section.findElement(By.xpath(".//label[normalize-space()='Trust']")).click();
        click(section.findElement(By.cssSelector("input[type=submit][id$=':tag']")));

        section = driver.findElement(By.cssSelector(".heard-coding-answer"));
        assertTrue(section.getText().contains("The answer was tagged."), section.getText());
        String ownTags =
                section.findElement(By.cssSelector("ul[id^='own-tags-']")).getText();
        assertTrue(ownTags.contains("Trust: trust"), ownTags);
        browser.assertAccessible();
        browser.assertNoJavaScriptErrors();
        browser.screenshot("theming-coding");

        open("qa/theme-counts.xhtml");
        assertEquals("5", trustCell());
        browser.assertAccessible();
        browser.screenshot("theming-counts");

        open("qa/themes.xhtml");
        browser.assertAccessible();
        click(driver.findElement(By.cssSelector("input[aria-label='Delete: Trust']")));
        String panel = driver.findElement(By.id("delete-panel")).getText();
        assertTrue(panel.contains("This theme is in use: 5 tags. What should happen to them?"), panel);
        browser.assertAccessible();
        click(driver.findElement(By.id("themes:confirm-delete")));
        assertTrue(
                driver.findElement(By.id("themes:messages")).getText().contains("Choose whether its tags move"),
                driver.findElement(By.id("themes:messages")).getText());
        driver.findElement(By.xpath("//label[starts-with(normalize-space(), 'Move them to another theme')]"))
                .click();
        new Select(driver.findElement(By.id("themes:target"))).selectByVisibleText("Other staff");
        click(driver.findElement(By.id("themes:confirm-delete")));
        String done = driver.findElement(By.id("themes:messages")).getText();
        assertTrue(done.contains("The theme was deleted: 5 tags moved to the other theme"), done);
        String codebook = driver.findElement(By.id("codebook")).getText();
        assertTrue(!codebook.contains("Mutual trust"), codebook);
        assertTrue(codebook.contains("Other staff"), codebook);
        browser.assertAccessible();

        open("qa/agreement.xhtml");
        browser.assertAccessible();
        new Select(driver.findElement(By.id("agreement:first"))).selectByVisibleText("Ali Analyst");
        new Select(driver.findElement(By.id("agreement:second"))).selectByVisibleText("Bo Analyst");
        click(driver.findElement(By.id("agreement:compare")));
        String kappa = driver.findElement(By.id("kappa")).getText();
        assertTrue(kappa.contains("Agreement between Ali Analyst and Bo Analyst"), kappa);
        assertTrue(kappa.contains("Fewer than 5 interviews: not shown"), "no answer coded by both: " + kappa);
        browser.assertAccessible();
        new LandingPage(driver).signOut();
    }
}
