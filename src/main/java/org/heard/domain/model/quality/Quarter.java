package org.heard.domain.model.quality;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import org.heard.domain.shared.UkZone;

/**
 * A quarter of a calendar year in UK time (January to March is quarter 1), for
 * quality-assurance figures tracked over time: the one place that says which months
 * a quarter holds, how it is named ("2026-Q1") and how it is keyed in forms (20261).
 * Its bounds are instants, so that the database compares stored UTC times with them
 * exactly, summer time included.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    /** Months in a quarter. */
    private static final int MONTHS = 3;

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4");
        }
    }

    /** The quarter a month falls in. */
    public static Quarter of(YearMonth month) {
        return new Quarter(month.getYear(), (month.getMonthValue() - 1) / MONTHS + 1);
    }

    /** The quarter an instant falls in, in UK time. */
    public static Quarter of(Instant at) {
        return of(YearMonth.from(at.atZone(UkZone.ZONE)));
    }

    /** A quarter from its {@link #key()}, or null for a key that is not one. */
    public static Quarter fromKey(Integer key) {
        if (key == null || key % 10 < 1 || key % 10 > 4 || key < 10) {
            return null;
        }
        return new Quarter(key / 10, key % 10);
    }

    /** A number that names the quarter in forms and requests: year × 10 + quarter, e.g. 20264. */
    public int key() {
        return year * 10 + number;
    }

    /** The quarter's name in figures and exports, e.g. "2026-Q1". */
    public String label() {
        return year + "-Q" + number;
    }

    /** The quarter's first month. */
    public YearMonth firstMonth() {
        return YearMonth.of(year, (number - 1) * MONTHS + 1);
    }

    /** The quarter's last month. */
    public YearMonth lastMonth() {
        return firstMonth().plusMonths(MONTHS - 1);
    }

    /** The first instant of the quarter. */
    public Instant start() {
        return ZonedDateTime.of(firstMonth().atDay(1).atStartOfDay(), UkZone.ZONE)
                .toInstant();
    }

    /** The first instant after the quarter. */
    public Instant end() {
        return next().start();
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public int getYear() {
        return year;
    }

    public int getNumber() {
        return number;
    }

    public int getKey() {
        return key();
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(key(), other.key());
    }
}
