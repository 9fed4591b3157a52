package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.heard.application.quality.Dashboard;
import org.heard.application.quality.DashboardFilter;
import org.heard.application.quality.DeidentifiedExportService;
import org.heard.application.quality.ExportColumn;
import org.heard.application.quality.QaDashboardService;
import org.heard.application.shared.Caller;
import org.heard.application.shared.InterviewAccessException;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.quality.CellKeyPerturbation;
import org.heard.domain.model.quality.DashboardFilterException;
import org.heard.domain.model.quality.Tabulation;
import org.heard.interfaces.web.qa.DataDictionary;
import org.heard.interfaces.web.qa.DeidentifiedCsv;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The quality-assurance dashboard and the de-identified export inside Payara against
 * MariaDB: the figures of a known dataset, suppression at 4 and 5 interviews,
 * organisation isolation, an export that holds no name, reference or withdrawn
 * interview and is audited, and a dashboard whose number of SQL statements does not
 * grow with the number of interviews.
 */
class QaDashboardIT extends InContainerTest {

    private static final String RESPONDENT = "Rosalind Quartermaine";
    private static final String WORKER = "Bartholomew Fenwick";
    private static final String WITHDRAWN_WORDS = "Withdrawn words Zanzibar";
    private static final String ANONYMISED_WORDS = "Anonymised words Kilimanjaro";

    private static TestData.Org west;
    private static TestData.Org east;
    private static long westFamilies;
    private static long westAssessment;
    private static long eastTeam;
    private static TestData.Staff westInterviewer;
    private static TestData.Staff eastInterviewer;
    private static Caller westAnalyst;
    private static Caller eastAnalyst;
    private static Caller westSupervisor;
    private static final List<String> names = new ArrayList<>();
    private static String trustTerm;
    /** The interviews of Families West in January, by rating 1 to 5 (index 0 to 4). */
    private static final List<List<Long>> familiesByRating = new ArrayList<>();
    /** The interviews of Assessment West in February, by rating. */
    private static final List<List<Long>> assessmentByRating = new ArrayList<>();

    private static final List<Long> january = new ArrayList<>();
    private static final List<Long> february = new ArrayList<>();
    private static final List<Long> trustOpened = new ArrayList<>();
    private static final List<Long> eastIds = new ArrayList<>();
    private static String otherTerm;

    @Inject
    private QaDashboardService dashboards;

    @Inject
    private DeidentifiedExportService exports;

    @Inject
    private SqlStatementCounter counter;

    @BeforeEach
    void arrange() throws SQLException {
        if (west == null) {
            TestData.TwoOrganisations organisations = TestData.twoOrganisations("West (dashboard)", "East (dashboard)");
            west = organisations.first();
            east = organisations.second();
            westFamilies = TestData.team(west, "Families West");
            westAssessment = TestData.team(west, "Assessment West");
            eastTeam = TestData.team(east, "East only team");
            westInterviewer = TestData.staff(west, "Ingrid Westinterviewer", "EXPERT_BY_EXPERIENCE", "INTERVIEWER");
            eastInterviewer = TestData.staff(east, "Edmund Eastinterviewer", "PRACTITIONER", "INTERVIEWER");
            names.addAll(List.of(RESPONDENT, WORKER, westInterviewer.displayName(), eastInterviewer.displayName()));
            westAnalyst = TestData.staffCaller(west, "Quentin Analyst", Role.QA_ANALYST);
            eastAnalyst = TestData.staffCaller(east, "Esther Analyst", Role.QA_ANALYST);
            westSupervisor = TestData.staffCaller(west, "Sandra Supervisor", Role.SUPERVISOR);
            String[][] definitions = definitions();
            trustTerm = definitions[0][1];
            otherTerm = definitions[1][1];
            long trust = Long.parseLong(definitions[0][0]);
            long other = Long.parseLong(definitions[1][0]);
            for (int r = 0; r < 5; r++) {
                familiesByRating.add(new ArrayList<>());
                assessmentByRating.add(new ArrayList<>());
            }
            // Families West, January 2025, by telephone, Experts by Experience: 25 interviews,
            // five of each rating; five of them opened the first term's definition twice.
            for (int i = 0; i < 25; i++) {
                boolean named = i == 0;
                long id = QaSeed.interview(
                        west,
                        westInterviewer,
                        westFamilies,
                        "TELEPHONE",
                        "EXPERT_BY_EXPERIENCE",
                        LocalDateTime.of(2025, 1, 10 + i % 15, 10, 0),
                        "SUBMITTED",
                        named ? RESPONDENT : null,
                        named ? WORKER : null,
                        named ? RESPONDENT + " said " + WORKER + " listened to her." : "It was fine " + i,
                        1 + i % 5);
                january.add(id);
                familiesByRating.get(i % 5).add(id);
                if (i < 5) {
                    QaSeed.opened(id, trust, 2);
                    trustOpened.add(id);
                }
                if (i == 1) {
                    tagTheme(west, id, "Trust and honesty");
                }
                if (i == 2) {
                    anonymise(id);
                }
            }
            // Assessment West, February 2025, in person, practitioners: 30 interviews, ratings
            // 1 to 4 five times each and 5 ten times; four of them opened the second term.
            for (int i = 0; i < 30; i++) {
                long id = QaSeed.interview(
                        west,
                        westInterviewer,
                        westAssessment,
                        "IN_PERSON",
                        "PRACTITIONER",
                        LocalDateTime.of(2025, 2, 3 + i % 20, 11, 0),
                        "SUBMITTED",
                        null,
                        null,
                        "Assessment answer " + i,
                        i < 20 ? 1 + i % 4 : 5);
                february.add(id);
                assessmentByRating.get(i < 20 ? i % 4 : 4).add(id);
                if (i < 4) {
                    QaSeed.opened(id, other, 1);
                }
            }
            // A withdrawn interview and one still in progress: never counted, never exported.
            QaSeed.interview(
                    west,
                    westInterviewer,
                    westFamilies,
                    "TELEPHONE",
                    "EXPERT_BY_EXPERIENCE",
                    LocalDateTime.of(2025, 1, 20, 9, 0),
                    "WITHDRAWN",
                    "Wilhelmina Withdrawn",
                    "Wallace Worker",
                    WITHDRAWN_WORDS,
                    1);
            names.addAll(List.of("Wilhelmina Withdrawn", "Wallace Worker"));
            // April 2025: three interviews of one team and two of the other, by telephone:
            // too few for their own combination, enough once the team is withheld.
            for (int i = 0; i < 5; i++) {
                QaSeed.interview(
                        west,
                        westInterviewer,
                        i < 3 ? westFamilies : westAssessment,
                        "TELEPHONE",
                        "EXPERT_BY_EXPERIENCE",
                        LocalDateTime.of(2025, 4, 7 + i, 10, 0),
                        "SUBMITTED",
                        null,
                        null,
                        "Spring answer " + i,
                        3);
            }
            // East: seven interviews in January 2025 that West must never see.
            for (int i = 0; i < 7; i++) {
                long id = QaSeed.interview(
                        east,
                        eastInterviewer,
                        eastTeam,
                        "IN_PERSON",
                        "PRACTITIONER",
                        LocalDateTime.of(2025, 1, 15, 10, 0),
                        "SUBMITTED",
                        "Eleanor Eastfamily",
                        "Ebenezer Eastworker",
                        "East words",
                        2);
                eastIds.add(id);
            }
            names.addAll(List.of("Eleanor Eastfamily", "Ebenezer Eastworker"));
        }
        TestCallerContext.actAs(westAnalyst);
    }

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
    @DisplayName(
            "The export holds no name, reference or withdrawn interview, generalises small combinations, and is audited")
    void export() throws Exception {
        long auditedBefore = audited(west);
        DashboardFilter filter = dashboards.filter("2025-Q1", "2025-Q2", null, null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeidentifiedCsv csv = new DeidentifiedCsv(out, exports.columns(filter))) {
            assertEquals(60, exports.export(filter, csv::write));
        }
        byte[] bytes = out.toByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\ufeff"), "a byte-order mark for spreadsheets");
        String lower = text.toLowerCase(Locale.ROOT);
        for (String name : names) {
            for (String part : name.split(" ")) {
                assertFalse(lower.contains(part.toLowerCase(Locale.ROOT)), "a name in the export: " + part);
            }
        }
        for (String reference : QaSeed.REFERENCES) {
            assertFalse(text.contains(reference), "a reference in the export: " + reference);
        }
        assertFalse(text.contains(WITHDRAWN_WORDS), "a withdrawn interview's words");
        assertFalse(text.contains(ANONYMISED_WORDS), "words that could not be redacted");
        assertFalse(text.contains("East words"), "another organisation's interview");
        assertTrue(text.contains("[name] said [name] listened to her."), "names replaced in the words");

        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(text.substring(1)))
                .getRecords();
        assertEquals(60, rows.size());
        assertEquals(
                DeidentifiedCsv.header(exports.columns(filter)),
                rows.get(0).getParser().getHeaderNames());
        assertEquals(
                25,
                rows.stream().filter(r -> r.get("team").equals("Families West")).count());
        assertEquals(
                30,
                rows.stream()
                        .filter(r -> r.get("team").equals("Assessment West"))
                        .count());
        List<CSVRecord> spring =
                rows.stream().filter(r -> r.get("period").equals("2025-Q2")).toList();
        assertEquals(5, spring.size());
        assertTrue(spring.stream().allMatch(r -> r.get("team").equals("*")), "the team withheld");
        assertEquals(60, rows.stream().map(r -> r.get("export_id")).distinct().count(), "ids unique in the export");
        assertTrue(rows.stream().allMatch(r -> r.get("export_id").matches("[0-9a-f]{12}")));
        assertEquals(
                1,
                rows.stream()
                        .filter(r -> r.get("themes").equals("Trust and honesty"))
                        .count());
        assertEquals(
                5,
                rows.stream()
                        .filter(r -> r.get("team").equals("Families West")
                                && r.get("q2_1_rating").equals("1"))
                        .count());

        // A second export draws new ids.
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        try (DeidentifiedCsv csv = new DeidentifiedCsv(again, exports.columns(filter))) {
            exports.export(filter, csv::write);
        }
        List<String> firstIds = rows.stream().map(r -> r.get("export_id")).toList();
        String second = again.toString(StandardCharsets.UTF_8);
        assertTrue(firstIds.stream().noneMatch(second::contains), "ids are random per export");
        assertEquals(auditedBefore + 2, audited(west));
    }

    @Test
    @DisplayName("A team or mode chooses among the period's de-identified rows by what they show, so exports of"
            + " different filters give nothing away by difference")
    void filteredExportsAreTheSameRows() throws Exception {
        List<String> all = exportedRows(dashboards.filter("2025-Q1", "2025-Q2", null, null, null));
        List<String> families = exportedRows(dashboards.filter("2025-Q1", "2025-Q2", westFamilies, null, null));
        assertEquals(
                all.stream()
                        .filter(r -> r.split("\\|")[1].equals("Families West"))
                        .toList(),
                families,
                "exactly the rows of the whole export that show Families West");
        assertEquals(25, families.size(), "the spring rows, whose team is withheld, are in no export by team");
        List<String> byPhone = exportedRows(dashboards.filter(
                "2025-Q1", "2025-Q2", null, org.heard.domain.model.interview.InterviewMode.TELEPHONE, null));
        assertEquals(
                all.stream().filter(r -> r.split("\\|")[2].equals("TELEPHONE")).toList(), byPhone);
        assertEquals(30, byPhone.size());
    }

    /** An export's rows as "period|team|mode|kind|q1_words", sorted. */
    private List<String> exportedRows(DashboardFilter filter) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeidentifiedCsv csv = new DeidentifiedCsv(out, exports.columns(filter))) {
            exports.export(filter, csv::write);
        }
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(
                        out.toString(StandardCharsets.UTF_8).substring(1)))
                .getRecords()
                .stream()
                .map(r -> String.join(
                        "|",
                        r.get("period"),
                        r.get("team"),
                        r.get("mode"),
                        r.get("interviewer_kind"),
                        r.get("q1_words")))
                .sorted()
                .toList();
    }

    @Test
    @DisplayName("A question added in a new script version (Q8) reaches the export and its data dictionary")
    void questionOfANewVersion() throws Exception {
        TestData.Org council = TestData.organisation("Question eight (dashboard)");
        long team = TestData.team(council, "Eight team");
        TestData.Staff interviewer = TestData.staff(council, "Olive Eightinterviewer", "PRACTITIONER", "INTERVIEWER");
        long version = QaSeed.scriptWithQuestion8(council, "What would help next time");
        for (int i = 0; i < 10; i++) {
            long id = QaSeed.interview(
                    council,
                    interviewer,
                    team,
                    "IN_PERSON",
                    "PRACTITIONER",
                    LocalDateTime.of(2025, i < 5 ? 5 : 8, 4 + i, 10, 0),
                    "SUBMITTED",
                    null,
                    null,
                    "Eight words " + i,
                    4);
            if (i >= 5) { // the five of August followed the new version and answered Q8
                QaSeed.followsScript(id, version);
                QaSeed.answer(id, version, 8, "More time to talk " + i);
            }
        }
        TestCallerContext.actAs(TestData.staffCaller(council, "Otto Analyst", Role.QA_ANALYST));

        DashboardFilter before = dashboards.filter("2025-Q2", "2025-Q2", null, null, null);
        List<String> beforeColumns =
                exports.columns(before).stream().map(ExportColumn::name).toList();
        assertTrue(
                beforeColumns.containsAll(List.of("q1_words", "q3_words", "q7_words", "q2_5_rating")),
                beforeColumns.toString());
        assertFalse(beforeColumns.contains("q8_words"), "no interview of Q2 followed the new version");

        DashboardFilter filter = dashboards.filter("2025-Q2", "2025-Q3", null, null, null);
        List<ExportColumn> columns = exports.columns(filter);
        ExportColumn eight = columns.stream()
                .filter(c -> c.name().equals("q8_words"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no q8_words column"));
        assertEquals("What would help next time", eight.versions().get(0).title());
        ExportColumn one = columns.stream()
                .filter(c -> c.name().equals("q1_words"))
                .findFirst()
                .orElseThrow();
        assertEquals(2, one.versions().size(), "Q1 as it was in both versions of the period");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeidentifiedCsv csv = new DeidentifiedCsv(out, columns)) {
            assertEquals(10, exports.export(filter, csv::write));
        }
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(
                        out.toString(StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        assertTrue(rows.get(0).getParser().getHeaderNames().contains("q8_words"));
        assertEquals(
                5,
                rows.stream()
                        .filter(r -> r.get("q8_words").startsWith("More time to talk"))
                        .count());
        assertEquals(5, rows.stream().filter(r -> r.get("q8_words").isEmpty()).count(), "the old version had no Q8");

        List<DataDictionary.Entry> dictionary = DataDictionary.entries(5, columns);
        DataDictionary.Entry entry = dictionary.stream()
                .filter(e -> e.column().equals("q8_words"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("q8_words not in the dictionary"));
        assertTrue(entry.meaning().contains("question 8"), entry.meaning());
        assertTrue(entry.meaning().contains("What would help next time"), entry.meaning());
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

    /** As retention's anonymisation leaves it: names gone, words and ratings kept. */
    private static void anonymise(long interviewId) throws SQLException {
        try (Connection db = TestData.admin();
                PreparedStatement update = db.prepareStatement(
                        "UPDATE interview SET retention_action = 'ANONYMISE',"
                                + " retained_at = submitted_at, respondent_name = NULL, social_worker_name = NULL WHERE id = ?");
                PreparedStatement words = db.prepareStatement("UPDATE answer SET text = ? WHERE interview_id = ?")) {
            update.setLong(1, interviewId);
            assertEquals(1, update.executeUpdate());
            words.setString(1, ANONYMISED_WORDS);
            words.setLong(2, interviewId);
            words.executeUpdate();
        }
    }

    private static void tagTheme(TestData.Org organisation, long interviewId, String theme) throws SQLException {
        try (Connection db = TestData.admin()) {
            Timestamp now = Timestamp.valueOf(LocalDateTime.of(2025, 3, 1, 10, 0));
            long themeId = QaSeed.insert(
                    db,
                    "INSERT INTO qa_theme (organisation_id, name, description, created_at, version)"
                            + " VALUES (?, ?, 'test theme', ?, 0)",
                    organisation.id(),
                    theme,
                    now);
            long answerId = QaSeed.scalar(db, "SELECT MIN(id) FROM answer WHERE interview_id = " + interviewId);
            long coder =
                    QaSeed.scalar(db, "SELECT MIN(id) FROM staff_account WHERE organisation_id = " + organisation.id());
            for (int tag = 0; tag < 2; tag++) { // two coders' tags of the same theme: one theme in the export
                QaSeed.insert(
                        db,
                        "INSERT INTO qa_theme_tag (organisation_id, theme_id, interview_id, answer_id, coder_id, tagged_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?)",
                        organisation.id(),
                        themeId,
                        interviewId,
                        answerId,
                        coder,
                        now);
            }
        }
    }

    /** The first two shared glossary definitions: {id, term}. */
    private static String[][] definitions() throws SQLException {
        try (Connection db = TestData.admin();
                PreparedStatement query = db.prepareStatement(
                        "SELECT d.id, t.term FROM glossary_definition d"
                                + " JOIN glossary_term t ON t.id = d.term_id WHERE t.organisation_id IS NULL ORDER BY t.id, d.id");
                ResultSet rows = query.executeQuery()) {
            List<String[]> found = new ArrayList<>();
            String lastTerm = null;
            while (rows.next() && found.size() < 2) {
                if (!rows.getString(2).equals(lastTerm)) {
                    found.add(new String[] {rows.getString(1), rows.getString(2)});
                    lastTerm = rows.getString(2);
                }
            }
            return found.toArray(String[][]::new);
        }
    }

    private static long audited(TestData.Org organisation) throws SQLException {
        try (Connection db = TestData.admin()) {
            return QaSeed.scalar(
                    db,
                    "SELECT COUNT(*) FROM audit_event WHERE chain_id = " + organisation.id()
                            + " AND action = 'EXPORT_DEIDENTIFIED'");
        }
    }
}
