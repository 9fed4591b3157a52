package org.heard.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.heard.it.Deployments;
import org.heard.it.TestData;
import org.heard.it.TestData.Org;
import org.heard.it.TestData.Staff;
import org.heard.it.browser.pages.Box;
import org.heard.it.browser.pages.ConsentRegisterPage;
import org.heard.it.browser.pages.InterviewerHomePage;
import org.heard.it.browser.pages.QuestionPage;
import org.heard.it.browser.pages.SignInPage;
import org.heard.it.browser.pages.StatementPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The interview and register pages as GOV.UK's question pages lay them out, in a
 * phone's window (320 px), a laptop's (1280 px) and a laptop's at 200 % zoom: the
 * question list's numbers clear of the links, large radios and checkboxes beside their
 * labels, the consent choices in the page's own font, nothing wider than the window,
 * and every column of the consent register in view at 1280 px.
 */
class PageLayoutIT extends BrowserTestBase {

    /** A browser window: its size in pixels and its zoom. */
    private record Window(String name, int width, int height, double zoom) {}

    private static final List<Window> WINDOWS = List.of(
            new Window("320px", 320, 720, 1),
            new Window("1280px", 1280, 900, 1),
            new Window("1280px-zoom-200", 1280, 900, 2));

    /** GOV.UK's radios and checkboxes are 40 px; anything from 32 px is a large target. */
    private static final double LARGE = 32;

    private static Staff expert;
    private static Staff supervisor;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.heard();
    }

    @BeforeAll
    static void arrange() {
        Org org = TestData.organisation("Layout Authority");
        TestData.team(org, "Layout Team");
        expert = TestData.staff(org, "Lee Layout", "EXPERT_BY_EXPERIENCE", "INTERVIEWER");
        supervisor = TestData.staff(org, "Sol Supervisor", null, "SUPERVISOR");
    }

    @AfterEach
    void browserWindow() {
        browser.normalWindow();
    }

    @Test
    @DisplayName("Statement and question pages at 320 px, 1280 px and 200 % zoom: controls beside labels, no overlap")
    void interviewPages() {
        SignInPage.open(driver(), base).signIn(expert.username(), expert.password());
        StatementPage statement = new InterviewerHomePage(browser)
                .startInterview()
                .mode(0)
                .respondent(0)
                .team(0)
                .begin();
        for (Window window : WINDOWS) {
            browser.emulateWindow(window.width(), window.height(), window.zoom());
            assertFalse(statement.scrollsSideways(), window.name());
            String font = statement.bodyFont();
            for (String label : statement.choiceLabelFonts()) {
                assertEquals(font, label, window.name() + ": a consent choice's label is in the page's font");
            }
            double size = Double.parseDouble(font.replaceAll("^.* ([0-9.]+)px$", "$1"));
            assertTrue(size >= 16 && size <= 19, "text of 16 to 19 px: " + font);
            for (Box[] choice : statement.choices()) {
                assertBeside(window.name() + " consent choice", choice[0], choice[1]);
            }
            assertBeside(window.name() + " statement read", statement.readCheckbox(), statement.readLabel());
            statement.showConsentForm();
            browser.screenshot("layout-statement-" + window.name());
        }
        browser.normalWindow();
        browser.assertAccessible();

        QuestionPage question = statement.agreeWith(2);
        for (Window window : WINDOWS) {
            browser.emulateWindow(window.width(), window.height(), window.zoom());
            assertFalse(question.scrollsSideways(), window.name());
            List<Box> items = question.jumpListItems();
            List<Box> links = question.jumpListLinks();
            for (int i = 0; i < items.size(); i++) {
                assertTrue(
                        links.get(i).left() >= items.get(i).left() + 8,
                        window.name() + ": the number of item " + (i + 1) + " sits inside it, before its link");
                for (int j = 0; j < i; j++) {
                    assertFalse(
                            items.get(i).overlaps(items.get(j)),
                            window.name() + ": items " + (j + 1) + " and " + (i + 1) + " of the jump list overlap");
                }
            }
            assertBeside(window.name() + " declined", question.declinedCheckbox(), question.declinedLabel());
            question.showJumpList();
            browser.screenshot("layout-question-" + window.name());
        }
        browser.normalWindow();

        question.next();
        for (Window window : WINDOWS) {
            browser.emulateWindow(window.width(), window.height(), window.zoom());
            assertFalse(question.scrollsSideways(), window.name());
            for (Box[] rating : question.firstRatingScale()) {
                assertBeside(window.name() + " rating", rating[0], rating[1]);
            }
            question.showAnswer();
            browser.screenshot("layout-ratings-" + window.name());
        }
        browser.normalWindow();
        browser.assertAccessible();
        question.assertNoJavaScriptErrors();
    }

    @Test
    @DisplayName("The consent register shows every column at 1280 px, and scrolls only its table at 320 px")
    void consentRegister() {
        SignInPage.open(driver(), base).signIn(supervisor.username(), supervisor.password());
        ConsentRegisterPage register = ConsentRegisterPage.open(browser, base.toString());

        browser.emulateWindow(1280, 900, 1);
        Box table = register.tableViewport();
        for (String column : List.of("Outcome", "Status")) {
            Box header = register.columnHeader(column);
            assertTrue(
                    header.right() <= table.right() + 1 && header.right() <= register.windowWidth(),
                    column + " is in view at 1280 px: " + header + " in " + table);
        }
        assertFalse(register.scrollsSideways());
        browser.screenshot("layout-register-1280px");

        for (Window window : List.of(WINDOWS.get(0), WINDOWS.get(2))) {
            browser.emulateWindow(window.width(), window.height(), window.zoom());
            assertFalse(register.scrollsSideways(), window.name() + ": only the table scrolls sideways");
            browser.screenshot("layout-register-" + window.name());
        }
        browser.normalWindow();
        browser.assertAccessible();
        register.assertNoJavaScriptErrors();
    }

    /** A large radio button or checkbox with its label beside it, on its right, not above or below. */
    private static void assertBeside(String what, Box control, Box label) {
        assertTrue(control.width() >= LARGE && control.height() >= LARGE, what + ": a large control " + control);
        assertTrue(label.left() >= control.right(), what + ": the label is right of its control " + control + label);
        assertTrue(label.besideOf(control), what + ": the label is beside its control " + control + label);
    }
}
