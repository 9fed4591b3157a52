package org.heard.application.quality;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.heard.application.shared.ClockProducer;
import org.heard.domain.model.interview.InterviewMode;
import org.heard.domain.model.organisation.InterviewerKind;

/**
 * What the quality-assurance dashboard and the de-identified export are limited to:
 * interviews submitted from the first day of {@code from} to the last day of
 * {@code to}, and optionally one team, one mode and one kind of interviewer. Months
 * are calendar months in UK time, like every date Heard shows.
 */
public record DashboardFilter(YearMonth from, YearMonth to, Long teamId, InterviewMode mode, InterviewerKind kind) {

    public DashboardFilter {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("A period from one month to a later one");
        }
    }

    /** The first instant of the period, as the UTC date and time the database stores. */
    public LocalDateTime start() {
        return utc(from);
    }

    /** The first instant after the period, as the UTC date and time the database stores. */
    public LocalDateTime end() {
        return utc(to.plusMonths(1));
    }

    private static LocalDateTime utc(YearMonth month) {
        return LocalDateTime.ofInstant(
                month.atDay(1).atStartOfDay(ClockProducer.ZONE).toInstant(), ZoneOffset.UTC);
    }

    /** The filter as audit text: no names, only months, ids and codes. */
    public String describe() {
        return "from=" + from + ", to=" + to + ", team=" + (teamId == null ? "any" : "#" + teamId) + ", mode="
                + (mode == null ? "any" : mode.name()) + ", kind=" + (kind == null ? "any" : kind.name());
    }
}
