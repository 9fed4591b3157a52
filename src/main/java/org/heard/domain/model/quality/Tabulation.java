package org.heard.domain.model.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns counts of interviews into the figures the quality-assurance pages may show,
 * through cell-key perturbation and small-number suppression. It is the one place where
 * the dashboard decides what is shown:
 *
 * <ul>
 *   <li>every count, total included, is perturbed by {@link CellKeyPerturbation} from the
 *       sum of its interviews' record keys ({@link Tally}), so the same interviews give
 *       the same figure in every table and under every filter, and the difference of two
 *       figures is not the count of the interviews between them;
 *   <li>a cell (a count, a segment of a stacked bar) whose perturbed figure is under the
 *       threshold is suppressed — zero included, since "nobody" is also a finding about
 *       few people; a count under the threshold is always suppressed, because
 *       perturbation never adds;
 *   <li>a row's total (perturbed with the keys of all its interviews, not the sum of the
 *       perturbed cells) is shown only when it reaches the threshold;
 *   <li><b>complementary suppression</b>: when the total is shown and exactly one cell of
 *       the row is suppressed, the smallest other cell is suppressed too, so that the
 *       hidden count cannot be found by subtracting the shown cells from the total;
 *   <li>a mean and a median are shown only with a shown total, and are worked out from
 *       the perturbed counts of each rating, never from the true ones.
 * </ul>
 */
public final class Tabulation {

    private final SmallNumbers rule;

    public Tabulation(SmallNumbers rule) {
        this.rule = rule;
    }

    public SmallNumbers rule() {
        return rule;
    }

    /**
     * A true count and the sum of the record keys of the interviews (or, for ratings,
     * of the interviews that gave them) it counts.
     */
    public record Tally(long count, long keySum) {

        public static final Tally NONE = new Tally(0, 0);

        public Tally plus(Tally other) {
            return new Tally(count + other.count, keySum + other.keySum);
        }

        /** The perturbed figure. */
        public long perturbed() {
            return CellKeyPerturbation.perturbed(count, keySum);
        }
    }

    /** One figure: its perturbed count, and whether it may be shown. */
    public record Cell(long count, boolean shown) {

        /** The count when shown, or {@code null}: what charts and tables receive. */
        public Long value() {
            return shown ? count : null;
        }

        public boolean isSuppressed() {
            return !shown;
        }
    }

    /** A row of cells and its total, after suppression. */
    public record Row(List<Cell> cells, Cell total) {

        /** The shown values, {@code null} where suppressed. */
        public List<Long> values() {
            return cells.stream().map(Cell::value).toList();
        }
    }

    /** A distribution of ratings 1 to 5 with its mean and median, after suppression. */
    public record Distribution(Row counts, Double mean, Integer median) {

        /** How many ratings, when that number may be shown, else {@code null}. */
        public Long n() {
            return counts.total().value();
        }
    }

    /**
     * A mean of whole-number values (ratings, changes of a rating) with the number of
     * interviews or families it is built from, after perturbation and suppression.
     */
    public record Mean(Cell n, Double value) {

        /** Whether the mean and its number may be shown. */
        public boolean shown() {
            return n.shown() && value != null;
        }
    }

    /**
     * The mean of values counted by value, as the dashboard gives it: its number is the
     * perturbed count of all the counted interviews (a total perturbed on its own); the
     * mean is worked out from the perturbed count of each value, never the true ones,
     * and rounded to one decimal. Neither is given when the number is under the
     * threshold, nor the mean when no perturbed count is left.
     */
    public Mean mean(Map<Integer, Tally> tallyByValue) {
        Cell n = cell(tallyByValue.values().stream().reduce(Tally.NONE, Tally::plus));
        if (!n.shown()) {
            return new Mean(n, null);
        }
        long sum = 0;
        long counted = 0;
        for (Map.Entry<Integer, Tally> value : tallyByValue.entrySet()) {
            long count = value.getValue().perturbed();
            sum += value.getKey() * count;
            counted += count;
        }
        return new Mean(n, counted == 0 ? null : Math.round(sum * 10.0 / counted) / 10.0);
    }

    /** A single count on its own (no row around it), perturbed. */
    public Cell cell(Tally tally) {
        long figure = tally.perturbed();
        return new Cell(figure, rule.shows(figure));
    }

    /**
     * A row of counts with its total, perturbed, with primary and complementary
     * suppression on the perturbed figures.
     */
    public Row row(List<Tally> tallies) {
        List<Long> counts = tallies.stream().map(Tally::perturbed).toList();
        long total = tallies.stream().reduce(Tally.NONE, Tally::plus).perturbed();
        boolean[] hidden = new boolean[counts.size()];
        int hiddenCount = 0;
        for (int i = 0; i < counts.size(); i++) {
            long count = counts.get(i);
            if (rule.hides(count)) {
                hidden[i] = true;
                hiddenCount++;
            }
        }
        boolean totalShown = rule.shows(total);
        if (totalShown && hiddenCount == 1 && counts.size() > 1) {
            List<Integer> others = new ArrayList<>();
            for (int i = 0; i < counts.size(); i++) {
                if (!hidden[i]) {
                    others.add(i);
                }
            }
            others.sort(Comparator.comparingLong((Integer i) -> counts.get(i)).thenComparing(i -> i));
            hidden[others.get(0)] = true;
        }
        List<Cell> cells = new ArrayList<>(counts.size());
        for (int i = 0; i < counts.size(); i++) {
            cells.add(new Cell(counts.get(i), !hidden[i]));
        }
        return new Row(Collections.unmodifiableList(cells), new Cell(total, totalShown));
    }

    /**
     * Distributions of ratings 1 to 5 in one table, one per group; see
     * {@link #distributions(List, List)}, here with a single breakdown.
     */
    public List<Distribution> distributions(List<Tally[]> countsByGroup) {
        return distributions(countsByGroup, List.of()).get(0);
    }

    /**
     * Distributions of ratings 1 to 5 in two breakdowns of the same ratings (by team and
     * by quarter), suppressed together. Each row is suppressed as by {@link #row}. The
     * two tables' columns add up to the same overall distribution, so that overall
     * distribution is treated as a third, hidden row: its cells are known whenever a
     * table shows a whole column, so in each column and in the column of the groups'
     * totals, a table has no suppressed cell or at least two when the overall figure
     * can be known, and at least one when it must stay unknown (it is under the
     * threshold, or hidden to protect another). A row whose total is suppressed has at
     * least one suppressed cell, so that its total cannot be found by adding its cells.
     * The rules are applied until none of them changes anything, on the perturbed
     * figures. A group's total is the perturbed count of its ratings (not the sum of its
     * perturbed cells). A mean and a median are given only with a shown total, and are
     * those of the perturbed counts.
     *
     * @return the first breakdown's distributions, then the second's
     */
    public List<List<Distribution>> distributions(List<Tally[]> first, List<Tally[]> second) {
        List<Tally[]> tallies = new ArrayList<>(first);
        tallies.addAll(second);
        Tally[] overallTallies = {Tally.NONE, Tally.NONE, Tally.NONE, Tally.NONE, Tally.NONE};
        for (Tally[] counts : first.isEmpty() ? second : first) {
            if (counts.length != 5) {
                throw new IllegalArgumentException("Ratings run from 1 to 5");
            }
            for (int c = 0; c < 5; c++) {
                overallTallies[c] = overallTallies[c].plus(counts[c]);
            }
        }
        tallies.add(overallTallies);
        int rows = tallies.size();
        int overallRow = rows - 1;
        List<long[]> all = new ArrayList<>(rows);
        long[] totals = new long[rows];
        boolean[][] hidden = new boolean[rows][5];
        boolean[] totalHidden = new boolean[rows];
        for (int r = 0; r < rows; r++) {
            Tally[] row = tallies.get(r);
            if (row.length != 5) {
                throw new IllegalArgumentException("Ratings run from 1 to 5");
            }
            long[] counts = new long[5];
            Tally total = Tally.NONE;
            for (int c = 0; c < 5; c++) {
                counts[c] = row[c].perturbed();
                total = total.plus(row[c]);
                hidden[r][c] = rule.hides(counts[c]);
            }
            all.add(counts);
            totals[r] = total.perturbed();
            totalHidden[r] = rule.hides(totals[r]);
        }
        int[][] tables = {range(0, first.size()), range(first.size(), first.size() + second.size())};
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++) {
                int hiddenCells = 0;
                for (int c = 0; c < 5; c++) {
                    hiddenCells += hidden[r][c] ? 1 : 0;
                }
                if ((!totalHidden[r] && hiddenCells == 1) || (totalHidden[r] && hiddenCells == 0)) {
                    changed |= hideSmallest(all, hidden, r);
                }
            }
            for (int[] table : tables) {
                if (table.length == 0) {
                    continue;
                }
                for (int c = 0; c < 5; c++) {
                    int hiddenCells = 0;
                    for (int r : table) {
                        hiddenCells += hidden[r][c] ? 1 : 0;
                    }
                    boolean known = !hidden[overallRow][c];
                    if ((known && hiddenCells == 1) || (!known && hiddenCells == 0)) {
                        int smallest = -1;
                        for (int r : table) {
                            if (!hidden[r][c] && (smallest < 0 || all.get(r)[c] < all.get(smallest)[c])) {
                                smallest = r;
                            }
                        }
                        if (smallest >= 0) {
                            hidden[smallest][c] = true;
                        } else {
                            hidden[overallRow][c] = true;
                        }
                        changed = true;
                    }
                }
                int hiddenTotals = 0;
                for (int r : table) {
                    hiddenTotals += totalHidden[r] ? 1 : 0;
                }
                boolean known = !totalHidden[overallRow];
                if ((known && hiddenTotals == 1) || (!known && hiddenTotals == 0)) {
                    int smallest = -1;
                    for (int r : table) {
                        if (!totalHidden[r] && (smallest < 0 || totals[r] < totals[smallest])) {
                            smallest = r;
                        }
                    }
                    if (smallest >= 0) {
                        totalHidden[smallest] = true;
                    } else {
                        totalHidden[overallRow] = true;
                    }
                    changed = true;
                }
            }
        }
        List<List<Distribution>> result = new ArrayList<>();
        for (int[] table : tables) {
            List<Distribution> distributions = new ArrayList<>(table.length);
            for (int r : table) {
                long[] counts = all.get(r);
                List<Cell> cells = new ArrayList<>(5);
                long sum = 0;
                long ratings = 0;
                for (int c = 0; c < 5; c++) {
                    cells.add(new Cell(counts[c], !hidden[r][c]));
                    sum += (c + 1) * counts[c];
                    ratings += counts[c];
                }
                Row row = new Row(Collections.unmodifiableList(cells), new Cell(totals[r], !totalHidden[r]));
                distributions.add(
                        totalHidden[r] || ratings == 0
                                ? new Distribution(row, null, null)
                                : new Distribution(
                                        row, Math.round(sum * 10.0 / ratings) / 10.0, median(counts, ratings)));
            }
            result.add(Collections.unmodifiableList(distributions));
        }
        return Collections.unmodifiableList(result);
    }

    private static int[] range(int from, int to) {
        int[] indexes = new int[to - from];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = from + i;
        }
        return indexes;
    }

    /** Hides the smallest shown cell of row {@code r}; whether there was one. */
    private static boolean hideSmallest(List<long[]> all, boolean[][] hidden, int r) {
        long[] counts = all.get(r);
        int smallest = -1;
        for (int c = 0; c < 5; c++) {
            if (!hidden[r][c] && (smallest < 0 || counts[c] < counts[smallest])) {
                smallest = c;
            }
        }
        if (smallest < 0) {
            return false;
        }
        hidden[r][smallest] = true;
        return true;
    }

    /**
     * The median rating: the value of the middle rating, or for an even number the
     * lower of the two middle values when they differ (ratings are ordinal).
     */
    static int median(long[] countsByValue, long n) {
        long middle = (n + 1) / 2;
        long seen = 0;
        for (int i = 0; i < countsByValue.length; i++) {
            seen += countsByValue[i];
            if (seen >= middle) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("No ratings");
    }
}
