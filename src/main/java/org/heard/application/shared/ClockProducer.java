package org.heard.application.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;
import org.heard.domain.shared.UkZone;

/** The clock every service reads the time from, in UTC; tests may replace it with an alternative. */
@ApplicationScoped
public class ClockProducer {

    /** The time zone of the people who use Heard: days are entered, and times shown, in it. */
    public static final ZoneId ZONE = UkZone.ZONE;

    @Produces
    public Clock clock() {
        return Clock.systemUTC();
    }
}
