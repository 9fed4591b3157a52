package org.heard.domain.model.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Suppression on perturbed figures. Most tests give counts whose cell keys leave them
 * as they are ({@link #exact}), so that they show suppression alone; the last ones show
 * perturbation.
 */
class TabulationTest {

    private final Tabulation five = new Tabulation(new SmallNumbers(5));

    /** A count with a sum of record keys whose perturbation is 0. */
    static Tabulation.Tally exact(long count) {
        return new Tabulation.Tally(count, count % 2 == 0 ? 200 : 10);
    }

    /** A count with a sum of record keys whose perturbation is −1. */
    static Tabulation.Tally lessOne(long count) {
        return new Tabulation.Tally(count, count % 2 == 0 ? 10 : 200);
    }

    private static List<Tabulation.Tally> exact(long... counts) {
        return Arrays.stream(counts).mapToObj(TabulationTest::exact).toList();
    }

    private static Tabulation.Tally[] ratings(long... counts) {
        return Arrays.stream(counts).mapToObj(TabulationTest::exact).toArray(Tabulation.Tally[]::new);
    }

    @Test
    @DisplayName("A count of 4 is suppressed, a count of 5 is shown, and zero counts as few")
    void threshold() {
        assertTrue(five.cell(exact(4)).isSuppressed());
        assertNull(five.cell(exact(4)).value());
        assertEquals(5L, five.cell(exact(5)).value());
        assertTrue(five.cell(exact(0)).isSuppressed());
    }

    @Test
    @DisplayName("One suppressed cell beside a shown total takes the next smallest cell with it")
    void complementary() {
        Tabulation.Row row = five.row(exact(12, 3, 7, 9));
        // Perturbed by design: the total (31) has its own cell key, 230, which takes one away.
        assertEquals(30L, row.total().value());
        assertEquals(Arrays.asList(12L, null, null, 9L), row.values());
    }

    @Test
    @DisplayName("Two suppressed cells need no more; a total under the threshold hides everything")
    void noMoreThanNeeded() {
        assertEquals(
                Arrays.asList(12L, null, null, 9L), five.row(exact(12, 3, 2, 9)).values());
        Tabulation.Row small = five.row(exact(1, 2, 1));
        assertNull(small.total().value());
        assertEquals(Arrays.asList(null, null, null), small.values());
    }

    @Test
    @DisplayName("A two-cell row with one small cell hides both but keeps the total")
    void twoCells() {
        Tabulation.Row row = five.row(exact(10, 4));
        assertEquals(14L, row.total().value());
        assertEquals(Arrays.asList(null, null), row.values());
    }

    @Test
    @DisplayName("Mean and median come only with enough ratings; the median of an even number is the lower middle")
    void meanAndMedian() {
        Tabulation.Distribution shown = five.distributions(List.<Tabulation.Tally[]>of(ratings(0, 0, 5, 5, 0)))
                .get(0);
        assertEquals(3.5, shown.mean());
        assertEquals(3, shown.median());
        // Perturbed by design: the 10 ratings' cell key (20) takes one away from the total.
        assertEquals(9L, shown.n());
        Tabulation.Distribution hidden = five.distributions(List.<Tabulation.Tally[]>of(ratings(1, 0, 1, 2, 0)))
                .get(0);
        assertNull(hidden.mean());
        assertNull(hidden.median());
        assertNull(hidden.n());
        assertEquals(4, Tabulation.median(new long[] {0, 0, 1, 5, 1}, 7));
    }

    @Test
    @DisplayName("Across a table, a value suppressed in one group only is suppressed in another group too")
    void columns() {
        List<Tabulation.Distribution> table = five.distributions(
                List.<Tabulation.Tally[]>of(ratings(6, 6, 6, 6, 6), ratings(7, 7, 7, 7, 7), ratings(6, 6, 6, 6, 2)));
        // Group 3's 2 is suppressed, so is another of its cells (row) and a cell of value 5 elsewhere (column).
        long hiddenInColumn5 = table.stream()
                .filter(d -> d.counts().cells().get(4).isSuppressed())
                .count();
        assertTrue(hiddenInColumn5 >= 2);
        long hiddenInRow3 = table.get(2).counts().cells().stream()
                .filter(Tabulation.Cell::isSuppressed)
                .count();
        assertTrue(hiddenInRow3 >= 2);
        assertFalse(table.get(1).counts().cells().get(0).isSuppressed());
    }

    @Test
    @DisplayName("A total suppressed beside shown totals takes another total with it and a cell of its own row")
    void totals() {
        List<Tabulation.Distribution> table =
                five.distributions(List.<Tabulation.Tally[]>of(ratings(2, 1, 0, 0, 0), ratings(5, 5, 5, 5, 5)));
        assertNull(table.get(0).n());
        assertNull(table.get(1).n(), "complementary suppression of the other total");
        assertNull(table.get(1).mean(), "no mean without its total");
        assertTrue(table.get(1).counts().cells().stream().anyMatch(Tabulation.Cell::isSuppressed));
    }

    @Test
    @DisplayName("A count at the threshold whose cell key takes one away is suppressed; one under it never shows")
    void perturbedAtTheThreshold() {
        assertTrue(five.cell(lessOne(5)).isSuppressed());
        assertEquals(5L, five.cell(exact(5)).value());
        for (int key = 0; key < CellKeyPerturbation.KEYS; key++) {
            assertTrue(five.cell(new Tabulation.Tally(4, key)).isSuppressed(), "4 with cell key " + key);
        }
    }

    @Test
    @DisplayName("The same interviews give the same figure; the total is perturbed with all its keys")
    void samePerturbationEveryTime() {
        Tabulation.Tally tally = new Tabulation.Tally(17, 3 + 250 + 99);
        assertEquals(five.cell(tally), five.cell(tally));
        Tabulation.Row row = five.row(List.of(new Tabulation.Tally(8, 300), new Tabulation.Tally(9, 11)));
        assertEquals(CellKeyPerturbation.perturbed(17, 311), row.total().count());
        assertEquals(CellKeyPerturbation.perturbed(8, 300), row.cells().get(0).count());
    }

    @Test
    @DisplayName("The mean comes from the perturbed counts of each rating, not from the true ones")
    void meanFromPerturbedCounts() {
        Tabulation.Distribution d = five.distributions(List.<Tabulation.Tally[]>of(
                        new Tabulation.Tally[] {exact(6), exact(0), exact(0), exact(0), lessOne(6)}))
                .get(0);
        // True mean 3.0; perturbed: six 1s and five 5s.
        assertEquals(Math.round((6 + 25) * 10.0 / 11) / 10.0, d.mean());
    }

    @Test
    @DisplayName("A mean of values: its number is the total perturbed on its own, the mean from perturbed counts")
    void meanOfValues() {
        // Changes of a rating: +2 for four families (perturbed to 3), +4 for one (kept).
        Map<Integer, Tabulation.Tally> changes = Map.of(2, lessOne(4), 4, exact(1));
        Tabulation.Mean mean = five.mean(changes);
        assertTrue(mean.shown());
        assertEquals(
                CellKeyPerturbation.perturbed(5, lessOne(4).keySum() + exact(1).keySum()),
                mean.n().count());
        assertEquals(Math.round((2 * 3 + 4) * 10.0 / 4) / 10.0, mean.value());
        // Negative changes count too.
        assertEquals(-1.0, five.mean(Map.of(-1, exact(5))).value());
    }

    @Test
    @DisplayName("A mean is hidden when its perturbed number is under the threshold, even with 5 true interviews")
    void meanHiddenUnderThreshold() {
        Tabulation.Mean four = five.mean(Map.of(3, exact(4)));
        assertFalse(four.shown());
        assertNull(four.value(), "no mean for a hidden number");
        // Five interviews whose keys take one away: shown as 4, so hidden.
        Tabulation.Mean perturbedAway = five.mean(Map.of(3, lessOne(5)));
        assertEquals(4, perturbedAway.n().count());
        assertFalse(perturbedAway.shown());
        assertNull(perturbedAway.value());
        assertFalse(five.mean(Map.of()).shown(), "nobody: hidden");
    }

    @Test
    @DisplayName("No mean when every perturbed count of a value comes to zero")
    void meanWithNoPerturbedCountLeft() {
        // Five values once each, every count perturbed to 0; their total of 5 is kept.
        Map<Integer, Tabulation.Tally> ones = new TreeMap<>();
        long[] keys = {200, 200, 200, 200, 224};
        for (int v = 1; v <= 5; v++) {
            ones.put(v, new Tabulation.Tally(1, keys[v - 1]));
        }
        Tabulation.Mean mean = five.mean(ones);
        assertTrue(mean.n().shown(), "the total of 5 is kept: sum of keys 1024, cell key 0");
        assertNull(mean.value());
        assertFalse(mean.shown());
    }

    @Test
    @DisplayName("The threshold is at least 1, and ratings run from 1 to 5")
    void refusals() {
        assertThrows(IllegalArgumentException.class, () -> new SmallNumbers(0));
        assertThrows(
                IllegalArgumentException.class, () -> five.distributions(List.<Tabulation.Tally[]>of(ratings(1, 2))));
    }
}
