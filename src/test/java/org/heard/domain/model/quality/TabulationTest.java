package org.heard.domain.model.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TabulationTest {

    private final Tabulation five = new Tabulation(new SmallNumbers(5));

    @Test
    @DisplayName("A count of 4 is suppressed, a count of 5 is shown, and zero counts as few")
    void threshold() {
        assertTrue(five.cell(4).isSuppressed());
        assertNull(five.cell(4).value());
        assertEquals(5L, five.cell(5).value());
        assertTrue(five.cell(0).isSuppressed());
    }

    @Test
    @DisplayName("One suppressed cell beside a shown total takes the next smallest cell with it")
    void complementary() {
        Tabulation.Row row = five.row(List.of(12L, 3L, 7L, 9L));
        assertEquals(31L, row.total().value());
        assertEquals(Arrays.asList(12L, null, null, 9L), row.values());
    }

    @Test
    @DisplayName("Two suppressed cells need no more; a total under the threshold hides everything")
    void noMoreThanNeeded() {
        assertEquals(
                Arrays.asList(12L, null, null, 9L),
                five.row(List.of(12L, 3L, 2L, 9L)).values());
        Tabulation.Row small = five.row(List.of(1L, 2L, 1L));
        assertNull(small.total().value());
        assertEquals(Arrays.asList(null, null, null), small.values());
    }

    @Test
    @DisplayName("A two-cell row with one small cell hides both but keeps the total")
    void twoCells() {
        Tabulation.Row row = five.row(List.of(10L, 4L));
        assertEquals(14L, row.total().value());
        assertEquals(Arrays.asList(null, null), row.values());
    }

    @Test
    @DisplayName("Mean and median come only with enough ratings; the median of an even number is the lower middle")
    void meanAndMedian() {
        Tabulation.Distribution shown =
                five.distributions(List.of(new long[] {0, 0, 5, 5, 0})).get(0);
        assertEquals(3.5, shown.mean());
        assertEquals(3, shown.median());
        assertEquals(10L, shown.n());
        Tabulation.Distribution hidden =
                five.distributions(List.of(new long[] {1, 0, 1, 2, 0})).get(0);
        assertNull(hidden.mean());
        assertNull(hidden.median());
        assertNull(hidden.n());
        assertEquals(4, Tabulation.median(new long[] {0, 0, 1, 5, 1}, 7));
    }

    @Test
    @DisplayName("Across a table, a value suppressed in one group only is suppressed in another group too")
    void columns() {
        List<Tabulation.Distribution> table = five.distributions(
                List.of(new long[] {6, 6, 6, 6, 6}, new long[] {7, 7, 7, 7, 7}, new long[] {6, 6, 6, 6, 2}));
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
                five.distributions(List.of(new long[] {2, 1, 0, 0, 0}, new long[] {5, 5, 5, 5, 5}));
        assertNull(table.get(0).n());
        assertNull(table.get(1).n(), "complementary suppression of the other total");
        assertNull(table.get(1).mean(), "no mean without its total");
        assertTrue(table.get(1).counts().cells().stream().anyMatch(Tabulation.Cell::isSuppressed));
    }

    @Test
    @DisplayName("The threshold is at least 1, and ratings run from 1 to 5")
    void refusals() {
        assertThrows(IllegalArgumentException.class, () -> new SmallNumbers(0));
        assertThrows(IllegalArgumentException.class, () -> five.distributions(List.of(new long[] {1, 2})));
    }
}
