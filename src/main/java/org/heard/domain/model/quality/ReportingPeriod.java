package org.heard.domain.model.quality;

import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month ("2026-03") or a quarter ("2026-Q1") that a dashboard filter starts or ends
 * with. Quarters are calendar quarters ({@link Quarter}): Q1 is January to March.
 *
 * @param first the first month of the period
 * @param last the last month of the period
 */
public record ReportingPeriod(YearMonth first, YearMonth last) {

    /** The earliest and latest years a filter may name. */
    public static final int EARLIEST_YEAR = 2000;

    public static final int LATEST_YEAR = 2999;

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])");

    /**
     * Reads a month or a quarter as typed; spaces around it and the case of "q" do not
     * matter.
     *
     * @param field "from" or "to", for the message key
     * @throws DashboardFilterException with {@code qa.dashboard.error.<field>-invalid}
     */
    public static ReportingPeriod parse(String text, String field) {
        String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        Matcher month = MONTH.matcher(value);
        if (month.matches()) {
            int year = Integer.parseInt(month.group(1));
            int number = Integer.parseInt(month.group(2));
            if (number < 1 || number > 12 || year < EARLIEST_YEAR || year > LATEST_YEAR) {
                throw new DashboardFilterException("qa.dashboard.error." + field + "-invalid", field);
            }
            YearMonth ym = YearMonth.of(year, number);
            return new ReportingPeriod(ym, ym);
        }
        Matcher quarter = QUARTER.matcher(value);
        if (quarter.matches()) {
            int year = Integer.parseInt(quarter.group(1));
            if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
                throw new DashboardFilterException("qa.dashboard.error." + field + "-invalid", field);
            }
            return quarter(year, Integer.parseInt(quarter.group(2)));
        }
        throw new DashboardFilterException("qa.dashboard.error." + field + "-invalid", field);
    }

    /** The calendar quarter {@code number} (1 to 4) of {@code year}. */
    public static ReportingPeriod quarter(int year, int number) {
        return of(new Quarter(year, number));
    }

    /** The quarter a month falls in. */
    public static ReportingPeriod quarterOf(YearMonth month) {
        return of(Quarter.of(month));
    }

    /** The months of a quarter. */
    public static ReportingPeriod of(Quarter quarter) {
        return new ReportingPeriod(quarter.firstMonth(), quarter.lastMonth());
    }
}
