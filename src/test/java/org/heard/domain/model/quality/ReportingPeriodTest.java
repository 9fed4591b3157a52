package org.heard.domain.model.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingPeriodTest {

    @Test
    @DisplayName("A month or a quarter, as typed")
    void parses() {
        assertEquals(
                new ReportingPeriod(YearMonth.of(2026, 3), YearMonth.of(2026, 3)),
                ReportingPeriod.parse(" 2026-03 ", "from"));
        assertEquals(
                new ReportingPeriod(YearMonth.of(2026, 4), YearMonth.of(2026, 6)),
                ReportingPeriod.parse("2026-q2", "to"));
        assertEquals(ReportingPeriod.quarter(2025, 4), ReportingPeriod.quarterOf(YearMonth.of(2025, 11)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026", "2026-13", "2026-00", "2026-Q5", "1999-Q1", "March 2026", "2026-03-01"})
    @DisplayName("Anything else is refused with the field's own message")
    void refuses(String typed) {
        assertEquals(
                "qa.dashboard.error.from-invalid",
                assertThrows(DashboardFilterException.class, () -> ReportingPeriod.parse(typed, "from"))
                        .getMessageKey());
        assertEquals(
                "to",
                assertThrows(DashboardFilterException.class, () -> ReportingPeriod.parse(typed, "to"))
                        .getField());
    }
}
