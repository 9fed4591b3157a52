package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.heard.application.quality.Dashboard;
import org.heard.application.quality.DashboardFilter;
import org.heard.application.shared.Caller;
import org.heard.application.shared.InterviewAccessException;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.quality.CellKeyPerturbation;
import org.heard.domain.model.quality.DashboardFilterException;
import org.heard.domain.model.quality.Tabulation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The quality-assurance dashboard inside Payara against MariaDB: the figures of a known
 * dataset, suppression at 4 and 5 interviews, months in UK time, organisation isolation
 * (of the export too), and a dashboard whose number of SQL statements does not grow with
 * the number of interviews.
 */
class QaDashboardIT extends QaDashboardTestBase {

    @Test
    @DisplayName(
            "A known dataset gives the expected counts, distributions, means, medians and glossary counts, perturbed"
                    + " by the stored record keys")
    void aggregates() {
        Dashboard dashboard = dashboards.dashboard(dashboards.filter("2025-Q1", "2025-Q1", null, null, null));
        // Perturbed by design: every figure is the true count less 0 or 1, as the sum of the
        // stored record keys of its interviews says (QaSeed.figure), so the database adds the
        // right keys up; the true counts are in the comments.
        List<Long> quarter1 = new ArrayList<>(january);
        quarter1.addAll(february);

        assertEquals(List.of("2025-01", "2025-02", "2025-03"), dashboard.months());
        assertEquals(QaSeed.figure(quarter1), dashboard.total()); // 55
        // March has no interview, so January (the next smallest) is suppressed with it.
        assertEquals(
                Arrays.asList(null, QaSeed.figure(february), null),
                dashboard.byMonth().values()); // 30
        assertEquals(List.of("TELEPHONE", "IN_PERSON"), dashboard.modes());
        assertEquals(
                List.of(QaSeed.figure(january), QaSeed.figure(february)),
                dashboard.byMode().values());
        assertEquals(
                List.of(QaSeed.figure(january), QaSeed.figure(february)),
                dashboard.byKind().values());
        assertEquals(List.of("Assessment West", "Families West"), dashboard.teams(), "teams by name");
        assertEquals(
                List.of(QaSeed.figure(february), QaSeed.figure(january)),
                dashboard.byTeam().values());

        assertEquals(5, dashboard.statements().size(), "the five Q2 statements");
        Dashboard.Statement first = dashboard.statements().get(0);
        assertEquals(1, first.position());
        assertEquals("parents-carers", first.script());
        assertEquals("1", first.anchor(), "the ids of Q2 of the parents' and carers' script are as before");
        assertFalse(first.text().isBlank());
        // Families West: five of each rating (mean 3.0 unperturbed); Assessment West: 5, 5, 5, 5, 10.
        assertDistribution(familiesByRating, first.byTeam().get(1).distribution());
        assertDistribution(assessmentByRating, first.byTeam().get(0).distribution());
        List<List<Long>> both = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            List<Long> ids = new ArrayList<>(familiesByRating.get(r));
            ids.addAll(assessmentByRating.get(r));
            both.add(ids);
        }
        Tabulation.Distribution quarter = first.byQuarter().get(0).distribution();
        assertDistribution(both, quarter);
        assertEquals(QaSeed.figure(quarter1), quarter.n()); // 55
        assertEquals(3, quarter.median());

        Dashboard.TermUse trust = dashboard.terms().stream()
                .filter(t -> t.term().equals(trustTerm))
                .findFirst()
                .orElseThrow();
        // Opened twice in each of 5 interviews: shown when the 5 interviews are not perturbed to 4.
        assertEquals(
                QaSeed.figure(trustOpened) == 5
                        ? Long.valueOf(CellKeyPerturbation.perturbed(10, QaSeed.keySum(trustOpened)))
                        : null,
                trust.openings().get(0).value());
        Dashboard.TermUse other = dashboard.terms().stream()
                .filter(t -> t.term().equals(otherTerm))
                .findFirst()
                .orElseThrow();
        assertNull(other.openings().get(0).value(), "opened in 4 interviews only");

        // A filter narrows every figure.
        Dashboard byPhone = dashboards.dashboard(dashboards.filter(
                "2025-01", "2025-03", null, org.heard.domain.model.interview.InterviewMode.TELEPHONE, null));
        assertEquals(QaSeed.figure(january), byPhone.total()); // 25
    }

    /**
     * A distribution against the interviews that gave each rating: a shown count is their
     * perturbed figure, one under the threshold is never shown, the total is the perturbed
     * number of ratings, and the mean is that of the perturbed counts.
     */
    private static void assertDistribution(List<List<Long>> byRating, Tabulation.Distribution distribution) {
        long sum = 0;
        long ratings = 0;
        List<Long> all = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            long figure = QaSeed.figure(byRating.get(r));
            Tabulation.Cell cell = distribution.counts().cells().get(r);
            if (cell.shown()) {
                assertEquals(figure, cell.count(), "rating " + (r + 1));
            }
            if (figure < 5) {
                assertTrue(cell.isSuppressed(), "rating " + (r + 1) + " under the threshold");
            }
            sum += (r + 1) * figure;
            ratings += figure;
            all.addAll(byRating.get(r));
        }
        assertEquals(QaSeed.figure(all), distribution.n());
        assertEquals(Math.round(sum * 10.0 / ratings) / 10.0, distribution.mean());
    }

    @Test
    @DisplayName("Five interviews are shown, four are not: neither the count nor the mean")
    void fourAndFive() {
        TestData.Org small = TestData.organisation("Small (dashboard)");
        long five = TestData.team(small, "Five team");
        long four = TestData.team(small, "Four team");
        TestData.Staff interviewer = TestData.staff(small, "Imogen Smallinterviewer", "PRACTITIONER", "INTERVIEWER");
        List<Long> fiveIds = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            long id = QaSeed.interview(
                    small,
                    interviewer,
                    i < 5 ? five : four,
                    "IN_PERSON",
                    "PRACTITIONER",
                    LocalDateTime.of(2025, 5, 5, 10, 0),
                    "SUBMITTED",
                    null,
                    null,
                    "words",
                    3);
            // Keys that leave the five unperturbed (an odd count with a cell key under 128)
            // and the nine too.
            QaSeed.recordKey(id, 0);
            if (i < 5) {
                fiveIds.add(id);
            }
        }
        TestCallerContext.actAs(TestData.staffCaller(small, "Sol Analyst", Role.QA_ANALYST));
        Dashboard fives = dashboards.dashboard(dashboards.filter("2025-Q2", "2025-Q2", five, null, null));
        assertEquals(5L, fives.total());
        Tabulation.Distribution shown =
                fives.statements().get(0).byTeam().get(0).distribution();
        assertEquals(5L, shown.n());
        assertEquals(3.0, shown.mean());
        assertEquals(Arrays.asList(null, null, 5L, null, null), shown.counts().values());

        Dashboard fours = dashboards.dashboard(dashboards.filter("2025-Q2", "2025-Q2", four, null, null));
        assertNull(fours.total());
        assertEquals(Arrays.asList(null, null, null), fours.byMonth().values());
        Tabulation.Distribution hidden =
                fours.statements().get(0).byTeam().get(0).distribution();
        assertNull(hidden.n());
        assertNull(hidden.mean());
        assertNull(hidden.median());
        assertTrue(hidden.counts().cells().stream().allMatch(Tabulation.Cell::isSuppressed));

        // Both teams together: 4 is suppressed, and 5 with it, since the total 9 is shown.
        Dashboard both = dashboards.dashboard(dashboards.filter("2025-Q2", "2025-Q2", null, null, null));
        assertEquals(9L, both.total());
        assertEquals(Arrays.asList(null, null), both.byTeam().values());

        // The same five whose keys add up to 200: perturbed to 4, and suppressed like four.
        QaSeed.recordKey(fiveIds.get(0), 200);
        Dashboard perturbed = dashboards.dashboard(dashboards.filter("2025-Q2", "2025-Q2", five, null, null));
        assertNull(perturbed.total());
        assertNull(perturbed.statements().get(0).byTeam().get(0).distribution().mean());
    }

    @Test
    @DisplayName("Months are UK months: 23:30 UTC on 30 June is July in London, 23:30 UTC on 31 October is October")
    void ukMonths() {
        TestData.Org summer = TestData.organisation("Summer (dashboard)");
        long team = TestData.team(summer, "Summer team");
        TestData.Staff interviewer = TestData.staff(summer, "Juno Summerinterviewer", "PRACTITIONER", "INTERVIEWER");
        for (int i = 0; i < 10; i++) {
            long id = QaSeed.interview(
                    summer,
                    interviewer,
                    team,
                    "IN_PERSON",
                    "PRACTITIONER",
                    i < 5 ? LocalDateTime.of(2025, 6, 30, 23, 30) : LocalDateTime.of(2025, 10, 31, 23, 30),
                    "SUBMITTED",
                    null,
                    null,
                    "words",
                    4);
            QaSeed.recordKey(id, 0); // five interviews with cell key 0: not perturbed
        }
        TestCallerContext.actAs(TestData.staffCaller(summer, "Suki Analyst", Role.QA_ANALYST));
        assertNull(
                dashboards
                        .dashboard(dashboards.filter("2025-06", "2025-06", null, null, null))
                        .total(),
                "none in June");
        assertEquals(
                5L,
                dashboards
                        .dashboard(dashboards.filter("2025-07", "2025-07", null, null, null))
                        .total());
        assertEquals(
                5L,
                dashboards
                        .dashboard(dashboards.filter("2025-Q3", "2025-Q3", null, null, null))
                        .total());
        assertNull(dashboards
                .dashboard(dashboards.filter("2025-11", "2025-11", null, null, null))
                .total());
        assertEquals(
                5L,
                dashboards
                        .dashboard(dashboards.filter("2025-10", "2025-10", null, null, null))
                        .total(),
                "23:30 UTC on 31 October is still October in London");
    }

    @Test
    @DisplayName("Each analyst sees their own organisation only; another's team is refused; other roles are refused")
    void isolation() {
        TestCallerContext.actAs(eastAnalyst);
        Dashboard eastView = dashboards.dashboard(dashboards.filter("2025-Q1", "2025-Q1", null, null, null));
        assertEquals(QaSeed.figure(eastIds), eastView.total()); // 7
        assertEquals(List.of("East only team"), eastView.teams());

        TestCallerContext.actAs(westAnalyst);
        Dashboard westView = dashboards.dashboard(dashboards.filter("2025-Q1", "2025-Q1", null, null, null));
        List<Long> quarter1 = new ArrayList<>(january);
        quarter1.addAll(february);
        assertEquals(QaSeed.figure(quarter1), westView.total()); // 55
        assertFalse(westView.teams().contains("East only team"));
        assertEquals(
                "qa.dashboard.error.team",
                assertThrows(
                                DashboardFilterException.class,
                                () -> dashboards.filter("2025-Q1", "2025-Q1", eastTeam, null, null))
                        .getMessageKey());
        assertEquals(
                "qa.dashboard.error.order",
                assertThrows(
                                DashboardFilterException.class,
                                () -> dashboards.filter("2025-Q2", "2025-01", null, null, null))
                        .getMessageKey());
        assertEquals(
                "qa.dashboard.error.from-invalid",
                assertThrows(
                                DashboardFilterException.class,
                                () -> dashboards.filter("' OR 1=1 --", "2025-01", null, null, null))
                        .getMessageKey());

        TestCallerContext.actAs(westSupervisor);
        assertThrows(InterviewAccessException.class, () -> dashboards.filter("2025-Q1", "2025-Q1", null, null, null));
        DashboardFilter filter =
                new DashboardFilter(java.time.YearMonth.of(2025, 1), java.time.YearMonth.of(2025, 3), null, null, null);
        assertThrows(InterviewAccessException.class, () -> dashboards.dashboard(filter));
        assertThrows(InterviewAccessException.class, () -> exports.export(filter, row -> {}));
    }

    @Test
    @DisplayName("The dashboard sends as many SQL statements for 200 interviews as for 20")
    void queryCount() {
        TestData.Org twenty = TestData.organisation("Twenty (dashboard)");
        TestData.Org twoHundred = TestData.organisation("Two hundred (dashboard)");
        seedMany(twenty, 20);
        seedMany(twoHundred, 200);
        Caller twentyAnalyst = TestData.staffCaller(twenty, "Tara Analyst", Role.QA_ANALYST);
        Caller manyAnalyst = TestData.staffCaller(twoHundred, "Theo Analyst", Role.QA_ANALYST);
        long[] counts = new long[2];
        Caller[] analysts = {twentyAnalyst, manyAnalyst};
        for (int i = 0; i < 2; i++) {
            TestCallerContext.actAs(analysts[i]);
            DashboardFilter filter = dashboards.filter("2025-Q3", "2025-Q4", null, null, null);
            dashboards.dashboard(filter); // warms the caches shared by both
            Dashboard[] result = new Dashboard[1];
            counts[i] = counter.count(() -> result[0] = dashboards.dashboard(filter));
            assertEquals(i == 0 ? 19L : 199L, result[0].total(), "perturbed by design: 20 and 200 less one");
        }
        assertTrue(counts[0] > 0, "statements are counted");
        assertEquals(counts[0], counts[1], "the same statements whatever the number of interviews");
    }

    private static void seedMany(TestData.Org organisation, int interviews) {
        long team = TestData.team(organisation, "Team of " + interviews);
        TestData.Staff interviewer =
                TestData.staff(organisation, "Interviewer " + interviews, "PRACTITIONER", "INTERVIEWER");
        for (int i = 0; i < interviews; i++) {
            long id = QaSeed.interview(
                    organisation,
                    interviewer,
                    team,
                    i % 2 == 0 ? "TELEPHONE" : "IN_PERSON",
                    "PRACTITIONER",
                    LocalDateTime.of(2025, 7 + i % 6, 1 + i % 28, 10, 0),
                    "SUBMITTED",
                    null,
                    null,
                    "words " + i,
                    1 + i % 5);
            QaSeed.recordKey(id, 128); // 20 and 200 keys of 128 add up to cell key 0: even counts lose one
        }
    }
}
