package org.heard.application.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.heard.domain.model.interview.InterviewMode;
import org.heard.domain.model.interview.RecordKey;
import org.heard.domain.model.organisation.InterviewerKind;
import org.heard.domain.model.quality.ExportGeneralisation;
import org.heard.domain.model.quality.ExportGeneralisation.Combination;
import org.heard.domain.model.quality.Quarter;
import org.heard.domain.model.quality.SmallNumbers;
import org.heard.domain.model.quality.Tabulation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Random small datasets and random filters, through the dashboard's and the export's
 * own suppression code: no figure shown and no combination exported is built from
 * fewer interviews than the threshold, and complementary suppression holds in every
 * row and column.
 *
 * <p>Plain JUnit with seeded randoms rather than a property-testing library: the
 * datasets are tiny, so shrinking adds little, and each failure names the seed that
 * reproduces it ({@code -Dheard.property.seed=…} replays one), without a new dependency.
 */
class DashboardSuppressionPropertyTest {

    private static final int RUNS = 400;

    @Test
    @DisplayName("No shown figure and no exported combination is built from fewer interviews than the threshold")
    void neverUnderTheThreshold() {
        long first = Long.getLong("heard.property.seed", 20261203L);
        int runs = System.getProperty("heard.property.seed") == null ? RUNS : 1;
        for (int run = 0; run < runs; run++) {
            long seed = first + run;
            Random random = new Random(seed);
            try {
                check(random);
            } catch (AssertionError failure) {
                throw new AssertionError("Seed " + seed + ": " + failure.getMessage(), failure);
            }
        }
    }

    private static void check(Random random) {
        int threshold = 1 + random.nextInt(7);
        SmallNumbers rule = new SmallNumbers(threshold);
        Map<Long, String> teams = new LinkedHashMap<>();
        int teamCount = 1 + random.nextInt(4);
        for (long t = 1; t <= teamCount; t++) {
            teams.put(t, "Team " + t);
        }
        List<Simulated> data = new ArrayList<>();
        int size = random.nextInt(60);
        String[] termNames = {"trust", "respect", "empowered"};
        for (int i = 0; i < size; i++) {
            int[] ratings = new int[5];
            for (int s = 0; s < 5; s++) {
                ratings[s] = random.nextInt(6); // 0: not rated
            }
            List<String> terms = new ArrayList<>();
            for (String term : termNames) {
                if (random.nextInt(4) == 0) {
                    terms.add(term);
                }
            }
            data.add(new Simulated(
                    YearMonth.of(2025, 1).plusMonths(random.nextInt(18)),
                    random.nextInt(6) == 0 ? null : 1L + random.nextInt(teamCount),
                    InterviewMode.values()[random.nextInt(2)].name(),
                    InterviewerKind.values()[random.nextInt(2)].name(),
                    ratings,
                    terms,
                    random.nextInt(RecordKey.RANGE)));
        }
        YearMonth from = YearMonth.of(2025, 1).plusMonths(random.nextInt(12));
        YearMonth to = from.plusMonths(random.nextInt(9));
        DashboardFilter filter = new DashboardFilter(
                from,
                to,
                random.nextInt(3) == 0 ? 1L + random.nextInt(teamCount) : null,
                random.nextInt(3) == 0 ? InterviewMode.values()[random.nextInt(2)] : null,
                random.nextInt(3) == 0 ? InterviewerKind.values()[random.nextInt(2)] : null);
        List<Simulated> selected = data.stream()
                .filter(d -> !d.month().isBefore(filter.from()) && !d.month().isAfter(filter.to()))
                .filter(d -> filter.teamId() == null || filter.teamId().equals(d.teamId()))
                .filter(d -> filter.mode() == null || filter.mode().name().equals(d.mode()))
                .filter(d -> filter.kind() == null || filter.kind().name().equals(d.kind()))
                .toList();

        Dashboard dashboard = QaDashboardService.assemble(
                rule,
                filter,
                teams,
                Simulated.interviewCounts(selected),
                Simulated.ratingCounts(selected),
                Simulated.definitionCounts(selected),
                Map.of());
        for (Tabulation.Row row :
                List.of(dashboard.byMonth(), dashboard.byMode(), dashboard.byKind(), dashboard.byTeam())) {
            checkRow(row, threshold);
        }
        for (Dashboard.Statement statement : dashboard.statements()) {
            checkTables(statement.byTeam(), statement.byQuarter(), threshold);
        }
        for (Dashboard.TermUse use : dashboard.terms()) {
            for (int q = 0; q < use.openings().size(); q++) {
                Tabulation.Cell cell = use.openings().get(q);
                String quarter = dashboard.quarters().get(q);
                long interviews = selected.stream()
                        .filter(d -> Quarter.of(d.month()).label().equals(quarter)
                                && d.terms().contains(use.term()))
                        .count();
                if (cell.shown()) {
                    assertTrue(interviews >= threshold, "a term's openings from " + interviews + " interviews");
                }
            }
        }

        // The export, as DeidentifiedExportService makes it: the plan over every interview of
        // the period, then the rows the filter chooses by what they show. Every combination
        // written is shared by at least the threshold of rows.
        DashboardFilter period = new DashboardFilter(filter.from(), filter.to(), null, null, null);
        List<Simulated> ofPeriod = data.stream().filter(d -> d.matches(period)).toList();
        Map<Combination, Long> counts = new HashMap<>();
        for (Simulated d : ofPeriod) {
            counts.merge(combination(d), 1L, Long::sum);
        }
        ExportGeneralisation plan = ExportGeneralisation.plan(rule, counts);
        Map<Combination, Long> written = new HashMap<>();
        long dropped = 0;
        for (Simulated d : ofPeriod) {
            var exported = plan.apply(combination(d));
            if (exported.isEmpty()) {
                dropped++;
            } else if (DeidentifiedExportService.chosen(filter, exported.get())) {
                written.merge(exported.get(), 1L, Long::sum);
                assertTrue(d.matches(filter), "a row the filter did not count: " + exported.get());
            }
        }
        assertEquals(dropped, plan.dropped());
        written.forEach(
                (combination, rows) -> assertTrue(rows >= threshold, combination + " exported for " + rows + " rows"));
        counts.forEach((combination, rows) -> {
            if (rows >= threshold) {
                assertEquals(combination, plan.apply(combination).orElseThrow(), "kept as recorded");
            }
        });
    }

    private static Combination combination(Simulated d) {
        return new Combination(
                Quarter.of(d.month()).label(), d.teamId() == null ? "" : "#" + d.teamId(), d.mode(), d.kind());
    }

    private static void checkRow(Tabulation.Row row, int threshold) {
        long hidden = row.cells().stream().filter(Tabulation.Cell::isSuppressed).count();
        for (Tabulation.Cell cell : row.cells()) {
            if (cell.shown()) {
                assertTrue(cell.count() >= threshold, "a cell of " + cell.count());
            }
        }
        if (row.total().shown()) {
            assertTrue(
                    row.total().count() >= threshold,
                    "a total of " + row.total().count());
            if (row.cells().size() > 1) {
                assertNotEquals(1, hidden, "one suppressed cell beside a shown total: " + row);
            }
        }
    }

    /**
     * The two breakdowns of one statement's ratings: no suppressed figure can be found
     * by one subtraction — from its row's shown total, or from a column (or the column of
     * totals) whose sum is known because the other breakdown shows that column whole.
     */
    private static void checkTables(List<Dashboard.Group> byTeam, List<Dashboard.Group> byQuarter, int threshold) {
        List<List<Dashboard.Group>> tables = List.of(byTeam, byQuarter);
        for (List<Dashboard.Group> table : tables) {
            for (Dashboard.Group group : table) {
                Tabulation.Distribution d = group.distribution();
                checkRow(d.counts(), threshold);
                if (d.mean() != null || d.median() != null) {
                    assertTrue(d.counts().total().shown() && d.counts().total().count() >= threshold);
                }
                if (!d.counts().total().shown()) {
                    assertTrue(
                            d.counts().cells().stream().anyMatch(Tabulation.Cell::isSuppressed),
                            "a suppressed total with every cell shown can be added up");
                }
            }
        }
        for (int value = 0; value <= 5; value++) {
            int v = value; // 5: the column of totals
            boolean known =
                    tables.stream().anyMatch(t -> !t.isEmpty() && t.stream().noneMatch(g -> hidden(g, v)));
            for (List<Dashboard.Group> table : tables) {
                long hidden = table.stream().filter(g -> hidden(g, v)).count();
                if (known) {
                    assertNotEquals(1, hidden, "one suppressed figure in a column whose sum is known, " + v);
                }
            }
        }
    }

    private static boolean hidden(Dashboard.Group group, int column) {
        Tabulation.Row row = group.distribution().counts();
        return column == 5
                ? row.total().isSuppressed()
                : row.cells().get(column).isSuppressed();
    }
}
