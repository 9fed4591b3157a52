package org.heard.domain.model.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    @DisplayName("Quarters follow UK time: the first hour of April in summer time is already the second quarter")
    void ukTime() {
        assertEquals(new Quarter(2026, 2), Quarter.of(Instant.parse("2026-03-31T23:30:00Z")));
        assertEquals(new Quarter(2026, 1), Quarter.of(Instant.parse("2026-03-31T22:59:59Z")));
        assertEquals(new Quarter(2027, 1), Quarter.of(Instant.parse("2027-01-01T00:00:00Z")));
        assertEquals(Instant.parse("2026-03-31T23:00:00Z"), new Quarter(2026, 2).start());
        assertEquals(Instant.parse("2027-01-01T00:00:00Z"), new Quarter(2026, 4).end());
    }

    @Test
    @DisplayName("A quarter is named by year and number in forms, and moves on and back across years")
    void keys() {
        assertEquals(20264, new Quarter(2026, 4).key());
        assertEquals(new Quarter(2026, 4), Quarter.fromKey(20264));
        assertNull(Quarter.fromKey(20265));
        assertNull(Quarter.fromKey(null));
        assertEquals(new Quarter(2027, 1), new Quarter(2026, 4).next());
        assertEquals(new Quarter(2025, 4), new Quarter(2026, 1).previous());
    }

    @Test
    @DisplayName("A month's quarter, a quarter's months and its name")
    void monthsAndName() {
        assertEquals(new Quarter(2026, 1), Quarter.of(YearMonth.of(2026, 3)));
        assertEquals(new Quarter(2026, 2), Quarter.of(YearMonth.of(2026, 4)));
        assertEquals(new Quarter(2026, 4), Quarter.of(YearMonth.of(2026, 12)));
        assertEquals(YearMonth.of(2026, 7), new Quarter(2026, 3).firstMonth());
        assertEquals(YearMonth.of(2026, 9), new Quarter(2026, 3).lastMonth());
        assertEquals("2026-Q3", new Quarter(2026, 3).label());
    }
}
