package org.heard.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.heard.application.shared.ClockProducer;

/** Shows instants, stored in UTC, as UK local date and time (e.g. "22 November 2026, 10:42"). */
@Named("dates")
@ApplicationScoped
public class DatesBacking {

    private final DateTimeFormatter formatter = DateTimeFormatter.ofPattern(
                    MessageBundleResolver.format("common.datetime.pattern"), Locale.UK)
            .withZone(ClockProducer.ZONE);

    private final DateTimeFormatter dayFormatter =
            DateTimeFormatter.ofPattern(MessageBundleResolver.format("common.date.pattern"), Locale.UK);

    public String format(Instant instant) {
        return instant == null ? "" : formatter.format(instant);
    }

    /** A calendar day, e.g. "22 November 2026". */
    public String day(LocalDate date) {
        return date == null ? "" : dayFormatter.format(date);
    }
}
