package org.shelfwise.sip.protocol;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** SIP2's 18-character dates, {@code YYYYMMDDZZZZHHMMSS}, written in the library's local time (zone blank). */
public final class SipDates {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'    'HHmmss");

    private SipDates() {
    }

    public static String of(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    /** A due date: the end of that day in the library's time. */
    public static String of(LocalDate day) {
        return DATE_TIME.format(day.atTime(23, 59, 59));
    }
}
