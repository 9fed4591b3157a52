package org.heard.infrastructure.persistence.jpa;

/**
 * UK months and quarters in SQL, for the quality-assurance figures counted by month or
 * quarter: the dashboard's and the theme counts.
 */
final class UkTime {

    private UkTime() {}

    /**
     * The submission time in UK time, which months and quarters are counted in. The
     * stored time ({@code i.submitted_at}) is UTC; Europe/London is one hour ahead from 01:00 UTC on the last
     * Sunday of March to 01:00 UTC on the last Sunday of October. Adding that hour can
     * change the month only between 23:00 and midnight UTC on the last day of a month,
     * and the last days of March to September always fall in summer time, those of
     * October to February never; so shifting every time of March to September by an hour
     * gives exactly the UK month, on MySQL, MariaDB and H2 alike, without time-zone
     * tables. {@code UkMonthRuleTest} checks the rule against the zone's own rules.
     */
    static final String SUBMITTED = "(CASE WHEN MONTH(i.submitted_at) BETWEEN 3 AND 9"
            + " THEN TIMESTAMPADD(HOUR, 1, i.submitted_at) ELSE i.submitted_at END)";

    /**
     * The UK year and calendar quarter of the submission, two columns to select and group by: the
     * database's {@code QUARTER} counts calendar quarters as {@code Quarter} does (January to March
     * is 1), and the two numbers become a {@code Quarter} in Java, which alone names and keys it.
     */
    static final String SUBMITTED_YEAR_QUARTER = "YEAR(" + SUBMITTED + "), QUARTER(" + SUBMITTED + ")";
}
