package org.shelfwise.catalog.oai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * OAI-PMH's UTC datestamps: {@code YYYY-MM-DDThh:mm:ssZ} (the repository's granularity) and {@code YYYY-MM-DD}, which
 * every repository must also take in {@code from} and {@code until}.
 */
final class OaiDates {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    /** A {@code from} or {@code until} as given: the instant it names and whether it named a day. */
    record Bound(Instant instant, boolean day) {
    }

    private OaiDates() {
    }

    static String format(Instant instant) {
        return SECONDS.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    static Bound parse(String argument, String text) {
        try {
            if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                return new Bound(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant(), true);
            }
            if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")) {
                return new Bound(Instant.from(SECONDS.parse(text)), false);
            }
        } catch (DateTimeParseException invalid) {
            // a date that does not exist, such as 2025-02-30: refused below as any other
        }
        throw new OaiError(OaiError.BAD_ARGUMENT, "The argument " + argument + " must be a UTC date, YYYY-MM-DD, or "
                + "date and time, YYYY-MM-DDThh:mm:ssZ, not " + text + ".");
    }

    /** The first instant after what {@code until} includes: the end of its day, or of its second. */
    static Instant after(Bound until) {
        return until.instant().plus(1, until.day() ? ChronoUnit.DAYS : ChronoUnit.SECONDS);
    }
}
