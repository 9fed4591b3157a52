package org.heard.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.heard.it.Deployments;
import org.heard.it.QaSeed;
import org.heard.it.TestData;
import org.heard.it.TestData.Org;
import org.heard.it.TestData.Staff;
import org.heard.it.browser.pages.AgreementPage;
import org.heard.it.browser.pages.CodingPage;
import org.heard.it.browser.pages.LandingPage;
import org.heard.it.browser.pages.QaHomePage;
import org.heard.it.browser.pages.SignInPage;
import org.heard.it.browser.pages.ThemeCountsPage;
import org.heard.it.browser.pages.ThemesPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

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
        // The answer the analyst tags comes first: answers are listed by id. Every interview's
        // record key is 0, so that the perturbed count of five is known: an odd count with cell
        // key 0 is kept.
        TestData.Interview first = TestData.interview(org, interviewer)
                .team(team)
                .named("Rae Parent", "Sam Worker")
                .words(WORDS)
                .submit();
        QaSeed.recordKey(first.id(), 0);
        trust = theme("Trust", "Mutual trust between the family and the social worker");
        theme("Other staff", "Staff other than the social worker");
        // Four other interviews already tagged with Trust by another analyst: not yet enough to show.
        for (int i = 0; i < 4; i++) {
            TestData.Interview tagged = TestData.interview(org, interviewer)
                    .team(team)
                    .words("Trust came slowly " + i)
                    .submit();
            QaSeed.recordKey(tagged.id(), 0);
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

    @Test
    @DisplayName(
            "An analyst tags a passage chosen with the keyboard, sees the theme counted, then deletes it and is asked about its tags")
    void tagCountAndDelete() {
        WebDriver driver = driver();
        SignInPage.open(driver, base).signIn(analyst.username(), analyst.password());
        ThemeCountsPage counts = new QaHomePage(browser).openThemeCounts();
        browser.assertAccessible();
        assertTrue(counts.currentQuarter("Trust").contains("Fewer than 5 interviews"), counts.currentQuarter("Trust"));
        assertTrue(counts.perturbationNote().contains("perturbed"), counts.perturbationNote());

        CodingPage coding = CodingPage.open(browser, base.toString());
        browser.assertAccessible();
        assertEquals("I told [name] that trust takes time (question 1)", coding.shownWords());
        assertTrue(!coding.shows("Sam Worker") && !coding.shows("Rae Parent"), "no recorded name on the page");
        assertTrue(!coding.shows("Ivy Interviewer"), "no interviewer's name");
        assertTrue(coding.answerText().contains("Expert by Experience"), "the interviewer's kind only");

        // Keyboard only: left to the start of the words, 19 characters on, then Shift+Right over "trust".
        coding.choosePassage(19, 5);
        assertEquals(
                "16",
                coding.passageStart(),
                () -> "offsets into the stored words, past the name; selection " + coding.selectionDiagnosis());
        assertEquals("21", coding.passageEnd());
        assertTrue(coding.passageStatus().contains("“trust”"));
        coding.tag("Trust");

        assertTrue(coding.answerText().contains("The answer was tagged."), coding.answerText());
        String ownTags = coding.ownTags();
        assertTrue(ownTags.contains("Trust: trust"), ownTags);
        browser.assertAccessible();
        coding.assertNoJavaScriptErrors();
        browser.screenshot("theming-coding");

        assertEquals("5", ThemeCountsPage.open(browser, base.toString()).currentQuarter("Trust"));
        browser.assertAccessible();
        browser.screenshot("theming-counts");

        ThemesPage themes = ThemesPage.open(browser, base.toString());
        browser.assertAccessible();
        String panel = themes.delete("Trust").deletePanel();
        assertTrue(panel.contains("This theme is in use: 5 tags. What should happen to them?"), panel);
        browser.assertAccessible();
        themes.confirmDelete();
        assertTrue(themes.formMessages().contains("Choose whether its tags move"), themes.formMessages());
        String done = themes.moveTagsTo("Other staff").confirmDelete().formMessages();
        assertTrue(done.contains("The theme was deleted: 5 tags moved to the other theme"), done);
        String codebook = themes.codebook();
        assertTrue(!codebook.contains("Mutual trust"), codebook);
        assertTrue(codebook.contains("Other staff"), codebook);
        browser.assertAccessible();

        AgreementPage agreement = AgreementPage.open(browser, base.toString());
        browser.assertAccessible();
        String kappa = agreement.compare("Ali Analyst", "Bo Analyst").kappa();
        assertTrue(kappa.contains("Agreement between Ali Analyst and Bo Analyst"), kappa);
        assertTrue(kappa.contains("Fewer than 5 interviews: not shown"), "no answer coded by both: " + kappa);
        browser.assertAccessible();
        new LandingPage(driver).signOut();
    }
}
