package org.heard.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import org.heard.it.Deployments;
import org.heard.it.QaSeed;
import org.heard.it.TestData;
import org.heard.it.TestData.Org;
import org.heard.it.TestData.Staff;
import org.heard.it.browser.pages.LandingPage;
import org.heard.it.browser.pages.QaDashboardPage;
import org.heard.it.browser.pages.QaHomePage;
import org.heard.it.browser.pages.SignInPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * The analyst's dashboard: opened from the landing page with its charts drawn beside
 * their tables, a bad period refused with the reason and the typed text kept, the
 * de-identified export downloaded without a name or reference in it, and the data
 * dictionary. axe-core checks every page; a screenshot of the charts is saved.
 */
class QaDashboardJourneyIT extends BrowserTestBase {

    private static final String FAMILY = "Philippa Journeyfamily";
    private static final String WORKER = "Wolfgang Journeyworker";

    private static Org org;
    private static Staff analyst;
    private static Staff interviewer;
    private static String term;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.heard();
    }

    @BeforeAll
    static void arrange() throws Exception {
        org = TestData.organisation("Dashboard Journey Council");
        long families = TestData.team(org, "Family Support");
        long assessment = TestData.team(org, "Assessment");
        analyst = TestData.staff(org, "Quincy Analyst", null, "QA_ANALYST");
        interviewer = TestData.staff(org, "Ivo Journeyinterviewer", "EXPERT_BY_EXPERIENCE", "INTERVIEWER");
        // 120 interviews over the last 12 months, two teams, both modes, ratings 1 to 5.
        int[] familyRatings = {1, 2, 3, 3, 4, 4, 4, 5, 5, 5};
        int[] assessmentRatings = {1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        String[] definition = QaSeed.firstSharedDefinition();
        term = definition[1];
        for (int i = 0; i < 120; i++) {
            YearMonth month = now.minusMonths(i % 12);
            long id = QaSeed.interview(
                    org,
                    interviewer,
                    i % 3 == 0 ? assessment : families,
                    i % 2 == 0 ? "TELEPHONE" : "IN_PERSON",
                    i % 4 == 0 ? "PRACTITIONER" : "EXPERT_BY_EXPERIENCE",
                    LocalDateTime.of(month.getYear(), month.getMonthValue(), 1 + i % 27, 10, 0),
                    "SUBMITTED",
                    i == 0 ? FAMILY : null,
                    i == 0 ? WORKER : null,
                    i == 0 ? FAMILY + " told me " + WORKER + " was kind" : "Words " + i,
                    (i % 3 == 0 ? assessmentRatings : familyRatings)[i % 10]);
            if (i < 3) { // opened in 3 interviews of the current month only: too few to show
                QaSeed.opened(id, Long.parseLong(definition[0]), 2);
            }
        }
    }

    @Test
    @DisplayName("The analyst filters the dashboard, sees the charts, downloads the export and reads the dictionary")
    void dashboard() throws Exception {
        WebDriver driver = driver();
        SignInPage.open(driver, base).signIn(analyst.username(), analyst.password());
        QaDashboardPage page = new QaHomePage(browser).openDashboard();
        assertTrue(page.hasFigures(), "the default period is shown at once");
        assertTrue(page.perturbationNote().contains("Every figure on this page is perturbed"), page.perturbationNote());
        assertTrue(page.main().contains("calendar months in UK time (Europe/London)"), "the time zone the code uses");
        assertFalse(page.main().contains("UTC"), "no longer said to be UTC");
        assertEquals("Kind of interviewer", page.label("filters:kind"));
        assertFalse(page.drawnCharts().isEmpty(), "the charts are drawn");
        browser.assertAccessible();

        // Bad input: a month that does not exist. The message says why; what was typed stays.
        page.filter("2026-13", "2026-Q4");
        assertTrue(page.errors().contains("Type the start of the period as a month like 2026-01"), page.errors());
        assertEquals("2026-13", page.value("filters:from"));
        assertEquals("2026-Q4", page.value("filters:to"));
        assertFalse(page.hasFigures());
        browser.assertAccessible();
        page.filter("2026-Q4", "2026-Q1");
        assertTrue(page.errors().contains("The end of the period is before its start"), page.errors());

        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        String from = now.minusMonths(11).toString();
        page.filter(from, now.toString());
        assertTrue(page.hasFigures());
        assertTrue(page.table("teams").contains("Family Support"), page.table("teams"));
        // Ten interviews a month, perturbed by design: shown as 10 or 9.
        assertTrue(page.table("months").matches("(?s).*\\b(9|10)\\b.*"), page.table("months"));
        assertTrue(page.table("by-team-1").contains("Family Support"), page.table("by-team-1"));
        String glossary = page.table("glossary");
        assertTrue(glossary.contains(term), glossary);
        assertTrue(glossary.contains("fewer than 5"), "a term opened in 3 interviews: " + glossary);
        assertFalse(glossary.contains(" 6"), "its 6 openings are not shown: " + glossary);
        assertTrue(page.drawnCharts().size() >= 15, "counts, ratings by team and quarter, and the trend");
        browser.assertAccessible();
        page.scrollTo("ratings-heading");
        Path shot = browser.screenshot("qa-dashboard");
        assertTrue(Files.size(shot) > 10_000, "a screenshot of the charts");

        Path export = page.export();
        String csv = Files.readString(export, StandardCharsets.UTF_8);
        assertTrue(
                csv.startsWith("\ufeffexport_id,period,team,mode,interviewer_kind,q2_1_rating"),
                csv.lines().findFirst().orElse(""));
        assertEquals(121, csv.lines().count(), "a header and 120 interviews");
        String lower = csv.toLowerCase(Locale.ROOT);
        for (String name : new String[] {FAMILY, WORKER, interviewer.displayName(), analyst.displayName()}) {
            for (String part : name.split(" ")) {
                assertFalse(
                        java.util.regex.Pattern.compile("\\b" + part.toLowerCase(Locale.ROOT) + "\\b")
                                .matcher(lower)
                                .find(),
                        "a name in the export: " + part);
            }
        }
        assertFalse(csv.contains(org.code() + "-"), "no reference in the export");

        assertTrue(page.openDictionary().contains("q2_1_rating"));
        assertTrue(page.main().contains("in UK time, Europe/London"), "the dictionary's quarters in UK time");
        assertTrue(page.main().contains("its rows are not perturbed"), "the dictionary says what is perturbed");
        browser.assertAccessible();
        page.assertNoJavaScriptErrors();
        new LandingPage(driver).signOut();
    }
}
