package org.heard.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.heard.it.Deployments;
import org.heard.it.TestData;
import org.heard.it.TestData.Org;
import org.heard.it.TestData.Staff;
import org.heard.it.TestDatabase;
import org.heard.it.browser.pages.AdminHomePage;
import org.heard.it.browser.pages.LandingPage;
import org.heard.it.browser.pages.SignInPage;
import org.heard.it.browser.pages.SupervisorHomePage;
import org.heard.it.browser.pages.TeamPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two local authorities on one installation: each sees only its own data, and a
 * record of the other answers exactly like one that does not exist.
 */
class OrganisationIsolationIT extends BrowserTestBase {

    private static final String EMOJI_TEAM = "Family Safeguarding 🌈 Lewes";

    private static Org east;
    private static Org west;
    private static long westTeam;
    private static long eastTeam;
    private static Staff westAdmin;
    private static Staff eastAdmin;
    private static Staff westSupervisor;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.heard();
    }

    @BeforeAll
    static void arrange() {
        west = TestData.organisation("West Authority");
        east = TestData.organisation("East Authority");
        westTeam = TestData.team(west, "Children in Care West");
        eastTeam = TestData.team(east, EMOJI_TEAM);
        westAdmin = TestData.staff(west, "Wendy West", null, "ADMIN");
        eastAdmin = TestData.staff(east, "Eddie East", null, "ADMIN");
        westSupervisor = TestData.staff(west, "Will West", null, "SUPERVISOR");
        TestData.staff(west, "Wren Interviewer", "PRACTITIONER", "INTERVIEWER");
        TestData.staff(east, "Esme Interviewer", "EXPERT_BY_EXPERIENCE", "INTERVIEWER");
    }

    @Test
    @DisplayName("An administrator sees their own team")
    void ownTeam() {
        SignInPage.open(driver(), base).signIn(westAdmin.username(), westAdmin.password());
        assertEquals(
                "Children in Care West",
                TeamPage.open(browser, base.toString(), westTeam).name());
    }

    @Test
    @DisplayName("Another organisation's team is 'Page not found', exactly like a team that does not exist")
    void otherOrganisationsTeamIsNotFound() throws Exception {
        SignInPage.open(driver(), base).signIn(westAdmin.username(), westAdmin.password());
        driver().get(base + "admin/teams/view.xhtml?id=" + eastTeam);
        String otherOrganisation = driver().getPageSource();
        assertEquals("Page not found", new LandingPage(driver()).heading());
        assertFalse(otherOrganisation.contains("Family Safeguarding"), "the other organisation's data leaked");
        browser.assertAccessible();
        browser.screenshot("error-404-other-organisation");

        String session = driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> foreign = get("admin/teams/view.xhtml?id=" + eastTeam, session);
        HttpResponse<String> missing = get("admin/teams/view.xhtml?id=" + Long.MAX_VALUE, session);
        HttpResponse<String> garbage = get("admin/teams/view.xhtml?id=abc", session);
        assertEquals(404, foreign.statusCode());
        assertEquals(404, missing.statusCode());
        assertEquals(404, garbage.statusCode());
        assertEquals(main(missing.body()), main(foreign.body()), "a foreign id must look like a missing one");
    }

    @Test
    @DisplayName("Lists show only the caller's organisation")
    void listsAreScoped() {
        SignInPage.open(driver(), base).signIn(westAdmin.username(), westAdmin.password());
        String page = new AdminHomePage(browser).main();
        assertTrue(page.contains("Children in Care West"));
        assertTrue(page.contains("Wren Interviewer"));
        assertFalse(page.contains("Family Safeguarding"));
        assertFalse(page.contains("Esme Interviewer"));
        assertFalse(page.contains("Eddie East"));

        driver().manage().deleteAllCookies();
        SignInPage.open(driver(), base).signIn(westSupervisor.username(), westSupervisor.password());
        String supervision = new SupervisorHomePage(browser).interviewers();
        assertTrue(supervision.contains("Wren Interviewer"));
        assertFalse(supervision.contains("Esme Interviewer"));
        browser.assertAccessible();
        browser.screenshot("supervisor-landing");
    }

    @Test
    @DisplayName("A 4-byte emoji in stored text survives the round trip through MySQL-compatible utf8mb4 tables")
    void emojiRoundTrip() throws Exception {
        SignInPage.open(driver(), base).signIn(eastAdmin.username(), eastAdmin.password());
        assertEquals(
                EMOJI_TEAM, TeamPage.open(browser, base.toString(), eastTeam).name());
        try (Connection db = TestDatabase.application();
                PreparedStatement query = db.prepareStatement("SELECT name FROM team WHERE id = ?")) {
            query.setLong(1, eastTeam);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertEquals(EMOJI_TEAM, row.getString(1));
            }
        }
        browser.screenshot("admin-team-emoji");
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", "JSESSIONID=" + session)
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The page's main content: what a person reads, without per-request tokens elsewhere on the page. */
    private static String main(String html) {
        int start = html.indexOf("<main");
        int end = html.indexOf("</main>");
        assertTrue(start >= 0 && end > start, "a page with a main element");
        return html.substring(start, end);
    }
}
