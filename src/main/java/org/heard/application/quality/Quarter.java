package org.heard.application.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.heard.application.shared.ClockProducer;

/**
 * A quarter of a calendar year in UK time (January to March is quarter 1), for
 * quality-assurance figures tracked over time. Its bounds are instants, so that the
 * database compares stored UTC times with them exactly, summer time included.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4");
        }
    }

    /** The quarter an instant falls in, in UK time. */
    public static Quarter of(Instant at) {
        LocalDate day = at.atZone(ClockProducer.ZONE).toLocalDate();
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
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

    /** The first instant of the quarter. */
    public Instant start() {
        return ZonedDateTime.of(year, (number - 1) * 3 + 1, 1, 0, 0, 0, 0, ClockProducer.ZONE)
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
