package org.heard.domain.shared;

import java.time.ZoneId;

/** The time zone of the people who use Heard: days are entered, times shown and quarters counted in it. */
public final class UkZone {

    /** Europe/London, with its summer time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private UkZone() {}
}
