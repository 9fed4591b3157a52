package org.heard.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.heard.application.shared.ClockProducer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The dashboard and the theme counts count months and quarters in UK time with one SQL
 * expression, {@link
 * UkTime#SUBMITTED}: the stored UTC time, an hour later from March to
 * September. This checks that rule against the zone's own rules, hour by hour.
 */
class UkMonthRuleTest {

    /** The rule of {@link UkTime#SUBMITTED}, written in Java. */
    private static YearMonth ruleMonth(LocalDateTime utc) {
        int month = utc.getMonthValue();
        LocalDateTime shifted = month >= 3 && month <= 9 ? utc.plusHours(1) : utc;
        return YearMonth.from(shifted);
    }

    @Test
    @DisplayName("An hour later from March to September gives the UK month of every hour from 2000 to 2060")
    void ruleMatchesTheZone() {
        LocalDateTime end = LocalDateTime.of(2061, 1, 1, 0, 0);
        for (LocalDateTime utc = LocalDateTime.of(2000, 1, 1, 0, 0); utc.isBefore(end); utc = utc.plusMinutes(30)) {
            YearMonth uk = YearMonth.from(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ClockProducer.ZONE));
            assertEquals(uk, ruleMonth(utc), () -> "UTC time");
        }
    }

    @Test
    @DisplayName("The SQL expression is the rule: March to September, one hour")
    void expressionIsTheRule() {
        assertTrue(UkTime.SUBMITTED.contains("MONTH(i.submitted_at) BETWEEN 3 AND 9"));
        assertTrue(UkTime.SUBMITTED.contains("TIMESTAMPADD(HOUR, 1, i.submitted_at)"));
        assertEquals(YearMonth.of(2026, Month.JULY), ruleMonth(LocalDateTime.of(2026, 6, 30, 23, 30)));
        assertEquals(YearMonth.of(2026, Month.OCTOBER), ruleMonth(LocalDateTime.of(2026, 10, 31, 23, 30)));
    }
}
