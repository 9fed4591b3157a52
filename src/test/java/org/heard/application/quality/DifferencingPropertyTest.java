package org.heard.application.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.heard.domain.model.interview.InterviewMode;
import org.heard.domain.model.interview.RecordKey;
import org.heard.domain.model.organisation.InterviewerKind;
import org.heard.domain.model.quality.CellKeyPerturbation;
import org.heard.domain.model.quality.Quarter;
import org.heard.domain.model.quality.SmallNumbers;
import org.heard.domain.model.quality.Tabulation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Differencing attacks on the dashboard, with random datasets and random pairs and
 * triples of filters, through the dashboard's own assembly ({@link QaDashboardService#assemble}).
 *
 * <p>A pair is a filter and a narrower one (one more team, mode or kind of interviewer,
 * or a shorter period): the interviews between them are one figure of the first minus
 * the same figure of the second. A triple is a filter and two narrower ones that share
 * no interview (two teams, two modes, or the start and the end of the period): the
 * interviews left out of both are the first figure minus the other two. For every figure
 * that the filters all show (the total, each month, mode, kind of interviewer and team,
 * and each count and total of each statement's ratings by team and by quarter), the
 * attacker knows the perturbation table, every figure shown, that identical interviews
 * always give identical figures, and (at most) that the hidden cell is no bigger than the
 * threshold; the test works out every count of the hidden cell that the figures allow and
 * fails when only one is left for a cell under the threshold, that is when differencing
 * recovers it exactly. Pairs are checked for every hidden count under the threshold, zero
 * included; triples for counts from 1 (a hidden zero can be recognised when three
 * perturbations all fall the same way: a known limit, written in the docs).
 *
 * <p>Seeded randoms in plain JUnit, as in {@link DashboardSuppressionPropertyTest};
 * {@code -Dheard.property.seed=…} replays one seed.
 */
class DifferencingPropertyTest {

    private static final int RUNS = 300;

    private static final YearMonth START = YearMonth.of(2025, 1);

    /** One narrower filter and which interviews of the dataset it counts. */
    private record Narrowing(DashboardFilter filter, Predicate<Simulated> member) {}

    /** A figure on the dashboard: its table and place, and which interviews it counts. */
    private record Figure(String name, Predicate<Simulated> member) {}

    private int checkedPairs;
    private int checkedTriples;

    @Test
    @DisplayName("No count under the threshold is recovered exactly by differencing two or three filters")
    void noHiddenCellRecovered() {
        long first = Long.getLong("heard.property.seed", 20261207L);
        int runs = System.getProperty("heard.property.seed") == null ? RUNS : 1;
        for (int run = 0; run < runs; run++) {
            long seed = first + run;
            try {
                check(new Random(seed));
            } catch (AssertionError failure) {
                throw new AssertionError("Seed " + seed + ": " + failure.getMessage(), failure);
            }
        }
        if (runs == RUNS) {
            // The datasets are large enough for many hidden cells to be attacked.
            assertTrue(checkedPairs > 5_000, "hidden cells attacked by pairs: " + checkedPairs);
            assertTrue(checkedTriples > 500, "hidden cells attacked by triples: " + checkedTriples);
        }
    }

    private void check(Random random) {
        int threshold = 2 + random.nextInt(6);
        SmallNumbers rule = new SmallNumbers(threshold);
        int teamCount = 2 + random.nextInt(3);
        Map<Long, String> teams = new LinkedHashMap<>();
        for (long t = 1; t <= teamCount; t++) {
            teams.put(t, "Team " + t);
        }
        List<Simulated> data = new ArrayList<>();
        int size = 20 + random.nextInt(100);
        for (int i = 0; i < size; i++) {
            int[] ratings = new int[5];
            for (int s = 0; s < 5; s++) {
                ratings[s] = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(5);
            }
            data.add(new Simulated(
                    START.plusMonths(random.nextInt(12)),
                    random.nextInt(8) == 0 ? null : 1L + random.nextInt(teamCount),
                    InterviewMode.values()[random.nextInt(2)].name(),
                    InterviewerKind.values()[random.nextInt(2)].name(),
                    ratings,
                    List.of(),
                    random.nextInt(RecordKey.RANGE)));
        }
        YearMonth from = START.plusMonths(random.nextInt(3));
        YearMonth to = from.plusMonths(3 + random.nextInt(6));
        DashboardFilter wide = new DashboardFilter(from, to, null, null, null);
        Dashboard whole = dashboard(rule, teams, wide, data);
        List<Figure> figures = figures(whole, wide);

        // Pairs: the filter and one narrower filter.
        for (Narrowing narrower : narrowings(random, wide, teamCount)) {
            Dashboard narrow = dashboard(rule, teams, narrower.filter(), data);
            Map<String, Tabulation.Cell> wideCells = cells(whole);
            Map<String, Tabulation.Cell> narrowCells = cells(narrow);
            for (Figure figure : figures) {
                Tabulation.Cell a = wideCells.get(figure.name());
                Tabulation.Cell b = narrowCells.get(figure.name());
                if (a == null || b == null || !a.shown() || !b.shown()) {
                    continue;
                }
                long hidden = data.stream()
                        .filter(d -> d.matches(wide)
                                && figure.member().test(d)
                                && !narrower.member().test(d))
                        .count();
                if (hidden < threshold) {
                    Set<Long> possible = possible(a.count(), List.of(b.count()), threshold);
                    assertTrue(
                            possible.contains(hidden), figure.name() + ": the truth " + hidden + " not in " + possible);
                    assertTrue(
                            possible.size() >= 2,
                            figure.name() + ": " + hidden + " interviews recovered from " + a.count() + " − "
                                    + b.count() + " (" + narrower.filter().describe() + ")");
                    checkedPairs++;
                }
            }
        }

        // Triples: the filter and two narrower filters that share no interview.
        for (Narrowing[] two : disjointPairs(random, wide, teamCount)) {
            Map<String, Tabulation.Cell> wideCells = cells(whole);
            Map<String, Tabulation.Cell> first = cells(dashboard(rule, teams, two[0].filter(), data));
            Map<String, Tabulation.Cell> second = cells(dashboard(rule, teams, two[1].filter(), data));
            for (Figure figure : figures) {
                Tabulation.Cell a = wideCells.get(figure.name());
                Tabulation.Cell b = first.get(figure.name());
                Tabulation.Cell c = second.get(figure.name());
                if (a == null || b == null || c == null || !a.shown() || !b.shown() || !c.shown()) {
                    continue;
                }
                long hidden = data.stream()
                        .filter(d -> d.matches(wide)
                                && figure.member().test(d)
                                && !two[0].member().test(d)
                                && !two[1].member().test(d))
                        .count();
                if (hidden >= 1 && hidden < threshold) {
                    Set<Long> possible = possible(a.count(), List.of(b.count(), c.count()), threshold);
                    assertTrue(
                            possible.contains(hidden), figure.name() + ": the truth " + hidden + " not in " + possible);
                    assertTrue(
                            possible.size() >= 2,
                            figure.name() + ": " + hidden + " interviews recovered from " + a.count() + " − "
                                    + b.count() + " − " + c.count());
                    checkedTriples++;
                }
            }
        }
    }

    /**
     * Every count of the hidden cell that the shown figures allow: the wide figure's
     * possible true counts minus the narrower ones', from 0 to the threshold (a
     * suppressed figure can hide at most the threshold itself), and zero for a pair only
     * when the two figures are equal (the same interviews always give the same figure).
     */
    private static Set<Long> possible(long wide, List<Long> narrower, int threshold) {
        Set<Long> sums = new TreeSet<>(trueCounts(wide));
        for (long figure : narrower) {
            Set<Long> next = new TreeSet<>();
            for (long sum : sums) {
                for (long n : trueCounts(figure)) {
                    next.add(sum - n);
                }
            }
            sums = next;
        }
        Set<Long> possible = new TreeSet<>();
        for (long h : sums) {
            if (h < 0 || h > threshold) {
                continue;
            }
            if (h == 0 && narrower.size() == 1 && wide != narrower.get(0)) {
                continue;
            }
            possible.add(h);
        }
        return possible;
    }

    /** The true counts that the perturbation table turns into {@code figure} for some cell key. */
    private static Set<Long> trueCounts(long figure) {
        Set<Long> counts = new TreeSet<>();
        for (long n = Math.max(0, figure - 5); n <= figure + 5; n++) {
            for (int key = 0; key < CellKeyPerturbation.KEYS; key++) {
                if (n + CellKeyPerturbation.perturbation(n, key) == figure) {
                    counts.add(n);
                    break;
                }
            }
        }
        return counts;
    }

    private static Dashboard dashboard(
            SmallNumbers rule, Map<Long, String> teams, DashboardFilter filter, List<Simulated> data) {
        List<Simulated> selected = data.stream().filter(d -> d.matches(filter)).toList();
        return QaDashboardService.assemble(
                rule,
                filter,
                teams,
                Simulated.interviewCounts(selected),
                Simulated.ratingCounts(selected),
                Simulated.definitionCounts(selected),
                Map.of());
    }

    /** The narrower filters of a pair: each one more team, mode or kind, or a shorter period. */
    private static List<Narrowing> narrowings(Random random, DashboardFilter wide, int teamCount) {
        List<Narrowing> narrowings = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            DashboardFilter f;
            switch (random.nextInt(4)) {
                case 0 -> f = new DashboardFilter(
                        wide.from(), wide.to(), 1L + random.nextInt(teamCount), wide.mode(), wide.kind());
                case 1 -> f = new DashboardFilter(
                        wide.from(), wide.to(), wide.teamId(), InterviewMode.values()[random.nextInt(2)], wide.kind());
                case 2 -> f = new DashboardFilter(
                        wide.from(),
                        wide.to(),
                        wide.teamId(),
                        wide.mode(),
                        InterviewerKind.values()[random.nextInt(2)]);
                default -> {
                    int months = wide.to().getMonthValue() - wide.from().getMonthValue();
                    f = random.nextBoolean()
                            ? new DashboardFilter(
                                    wide.from(), wide.from().plusMonths(random.nextInt(months)), null, null, null)
                            : new DashboardFilter(
                                    wide.from().plusMonths(1 + random.nextInt(months)), wide.to(), null, null, null);
                }
            }
            DashboardFilter filter = f;
            narrowings.add(new Narrowing(filter, d -> d.matches(filter)));
        }
        return narrowings;
    }

    /** Two narrower filters that share no interview: two teams, two modes (one with a kind), or two ends of the period. */
    private static List<Narrowing[]> disjointPairs(Random random, DashboardFilter wide, int teamCount) {
        List<Narrowing[]> pairs = new ArrayList<>();
        long t1 = 1 + random.nextInt(teamCount);
        long t2 = t1 % teamCount + 1;
        pairs.add(pair(
                new DashboardFilter(wide.from(), wide.to(), t1, null, null),
                new DashboardFilter(wide.from(), wide.to(), t2, null, null)));
        InterviewMode mode = InterviewMode.values()[random.nextInt(2)];
        InterviewMode other = InterviewMode.values()[1 - mode.ordinal()];
        pairs.add(pair(
                new DashboardFilter(wide.from(), wide.to(), null, mode, null),
                new DashboardFilter(wide.from(), wide.to(), null, other, InterviewerKind.values()[random.nextInt(2)])));
        int months = wide.to().getMonthValue() - wide.from().getMonthValue();
        YearMonth endOfFirst = wide.from().plusMonths(random.nextInt(months - 1));
        YearMonth startOfSecond = endOfFirst.plusMonths(2 + random.nextInt(Math.max(1, months - 1)));
        if (!startOfSecond.isAfter(wide.to())) {
            pairs.add(pair(
                    new DashboardFilter(wide.from(), endOfFirst, null, null, null),
                    new DashboardFilter(startOfSecond, wide.to(), null, null, null)));
        }
        return pairs;
    }

    private static Narrowing[] pair(DashboardFilter a, DashboardFilter b) {
        return new Narrowing[] {new Narrowing(a, d -> d.matches(a)), new Narrowing(b, d -> d.matches(b))};
    }

    /** The figures of the wide dashboard, by name, with the interviews each counts. */
    private static List<Figure> figures(Dashboard dashboard, DashboardFilter filter) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("total", d -> true));
        for (String month : dashboard.months()) {
            figures.add(new Figure("month " + month, d -> d.month().toString().equals(month)));
        }
        for (String mode : dashboard.modes()) {
            figures.add(new Figure("mode " + mode, d -> d.mode().equals(mode)));
        }
        for (String kind : dashboard.kinds()) {
            figures.add(new Figure("kind " + kind, d -> d.kind().equals(kind)));
        }
        for (String label : dashboard.teams()) {
            Long team = teamId(label);
            figures.add(new Figure("team " + label, d -> java.util.Objects.equals(d.teamId(), team)));
        }
        for (Dashboard.Statement statement : dashboard.statements()) {
            int s = statement.position() - 1;
            for (Dashboard.Group group : statement.byTeam()) {
                Long team = teamId(group.label());
                Predicate<Simulated> inTeam = d -> java.util.Objects.equals(d.teamId(), team);
                addRatings(figures, "statement " + s + " team " + group.label(), inTeam, s);
            }
            for (Dashboard.Group group : statement.byQuarter()) {
                String quarter = group.label();
                Predicate<Simulated> inQuarter =
                        d -> Quarter.of(d.month()).label().equals(quarter);
                addRatings(figures, "statement " + s + " quarter " + quarter, inQuarter, s);
            }
        }
        return figures;
    }

    /** The id of "Team 3", or null for the empty label of no team recorded. */
    private static Long teamId(String label) {
        return label.isEmpty() ? null : Long.valueOf(label.substring("Team ".length()));
    }

    private static void addRatings(List<Figure> figures, String name, Predicate<Simulated> group, int statement) {
        figures.add(new Figure(name + " n", d -> group.test(d) && d.ratings()[statement] > 0));
        for (int value = 1; value <= 5; value++) {
            int v = value;
            figures.add(new Figure(name + " rating " + v, d -> group.test(d) && d.ratings()[statement] == v));
        }
    }

    /** Every figure of a dashboard by the same names as {@link #figures}. */
    private static Map<String, Tabulation.Cell> cells(Dashboard dashboard) {
        Map<String, Tabulation.Cell> cells = new LinkedHashMap<>();
        cells.put("total", dashboard.byMonth().total());
        put(cells, "month ", dashboard.months(), dashboard.byMonth());
        put(cells, "mode ", dashboard.modes(), dashboard.byMode());
        put(cells, "kind ", dashboard.kinds(), dashboard.byKind());
        put(cells, "team ", dashboard.teams(), dashboard.byTeam());
        for (Dashboard.Statement statement : dashboard.statements()) {
            int s = statement.position() - 1;
            for (Dashboard.Group group : statement.byTeam()) {
                putRatings(cells, "statement " + s + " team " + group.label(), group);
            }
            for (Dashboard.Group group : statement.byQuarter()) {
                putRatings(cells, "statement " + s + " quarter " + group.label(), group);
            }
        }
        return cells;
    }

    private static void put(
            Map<String, Tabulation.Cell> cells, String prefix, List<String> labels, Tabulation.Row row) {
        for (int i = 0; i < labels.size(); i++) {
            cells.put(prefix + labels.get(i), row.cells().get(i));
        }
    }

    private static void putRatings(Map<String, Tabulation.Cell> cells, String name, Dashboard.Group group) {
        Tabulation.Row counts = group.distribution().counts();
        cells.put(name + " n", counts.total());
        for (int value = 1; value <= 5; value++) {
            cells.put(name + " rating " + value, counts.cells().get(value - 1));
        }
    }
}
