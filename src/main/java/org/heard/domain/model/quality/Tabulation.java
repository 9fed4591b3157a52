package org.heard.domain.model.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Turns counts of interviews into the figures the quality-assurance pages may show,
 * through small-number suppression. It is the one place where the dashboard decides
 * what is shown:
 *
 * <ul>
 *   <li>a cell (a count, a segment of a stacked bar) built from fewer interviews than
 *       the threshold is suppressed — zero included, since "nobody" is also a finding
 *       about few people;
 *   <li>a row's total is shown only when it reaches the threshold;
 *   <li><b>complementary suppression</b>: when the total is shown and exactly one cell of
 *       the row is suppressed, the smallest other cell is suppressed too, so that the
 *       hidden count cannot be found by subtracting the shown cells from the total;
 *   <li>a mean and a median are shown only when the number of ratings they are built
 *       from reaches the threshold.
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

    /** One figure: its count when it may be shown, or suppressed. */
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

    /** A single count on its own (no row around it). */
    public Cell cell(long count) {
        return new Cell(count, rule.shows(count));
    }

    /** A row of counts with its total, with primary and complementary suppression. */
    public Row row(List<Long> counts) {
        long total = 0;
        boolean[] hidden = new boolean[counts.size()];
        int hiddenCount = 0;
        for (int i = 0; i < counts.size(); i++) {
            long count = counts.get(i);
            total += count;
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
    public List<Distribution> distributions(List<long[]> countsByGroup) {
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
     * The rules are applied until none of them changes anything. A mean and a median are
     * given only with a shown total.
     *
     * @return the first breakdown's distributions, then the second's
     */
    public List<List<Distribution>> distributions(List<long[]> first, List<long[]> second) {
        List<long[]> all = new ArrayList<>(first);
        all.addAll(second);
        long[] overall = new long[5];
        for (long[] counts : first.isEmpty() ? second : first) {
            if (counts.length != 5) {
                throw new IllegalArgumentException("Ratings run from 1 to 5");
            }
            for (int c = 0; c < 5; c++) {
                overall[c] += counts[c];
            }
        }
        all.add(overall);
        int rows = all.size();
        int overallRow = rows - 1;
        long[] totals = new long[rows];
        boolean[][] hidden = new boolean[rows][5];
        boolean[] totalHidden = new boolean[rows];
        for (int r = 0; r < rows; r++) {
            long[] counts = all.get(r);
            if (counts.length != 5) {
                throw new IllegalArgumentException("Ratings run from 1 to 5");
            }
            for (int c = 0; c < 5; c++) {
                totals[r] += counts[c];
                hidden[r][c] = rule.hides(counts[c]);
            }
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
                for (int c = 0; c < 5; c++) {
                    cells.add(new Cell(counts[c], !hidden[r][c]));
                    sum += (c + 1) * counts[c];
                }
                Row row = new Row(Collections.unmodifiableList(cells), new Cell(totals[r], !totalHidden[r]));
                distributions.add(
                        totalHidden[r]
                                ? new Distribution(row, null, null)
                                : new Distribution(
                                        row, Math.round(sum * 10.0 / totals[r]) / 10.0, median(counts, totals[r])));
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
