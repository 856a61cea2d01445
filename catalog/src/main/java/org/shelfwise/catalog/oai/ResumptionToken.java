package org.shelfwise.catalog.oai;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a list goes on: the list's own arguments and the last change it listed, as (change time, book id). The next
 * page starts right after that change in the same order, so no record is listed twice and none skipped, however
 * long the harvester takes: a record changed meanwhile moves to the end of the order (its new time) and is listed
 * there, with its new state, removals included. Tokens keep no state on the server and do not expire; each is
 * checked as strictly as the arguments it stands for.
 *
 * @param from   the list's {@code from} as given, or null
 * @param until  the list's {@code until} as given, or null
 * @param cursor how many records the pages before this one listed
 */
record ResumptionToken(String verb, String metadataPrefix, String set, String from, String until, Instant afterTime,
                       UUID afterId, long cursor) {

    private static final String VERSION = "1";
    private static final String NONE = "-";

    String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, afterTime);
        String text = String.join("|", VERSION, verb, metadataPrefix, or(set), or(from), or(until),
                Long.toString(micros), afterId.toString(), Long.toString(cursor));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static ResumptionToken decode(String token, String verb) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = text.split("\\|", -1);
            if (parts.length != 9 || !parts[0].equals(VERSION) || !parts[1].equals(verb)) {
                throw invalid(token);
            }
            var after = Instant.EPOCH.plus(Long.parseLong(parts[6]), ChronoUnit.MICROS);
            long cursor = Long.parseLong(parts[8]);
            if (cursor < 0) {
                throw invalid(token);
            }
            return new ResumptionToken(parts[1], parts[2], value(parts[3]), value(parts[4]), value(parts[5]), after,
                    UUID.fromString(parts[7]), cursor);
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException unreadable) {
            throw invalid(token);
        }
    }

    private static OaiError invalid(String token) {
        return new OaiError(OaiError.BAD_RESUMPTION_TOKEN, "The resumption token is not one this repository "
                + "issued for this verb: start the list again without it.");
    }

    private static String or(String value) {
        return value == null ? NONE : value;
    }

    private static String value(String part) {
        return part.equals(NONE) ? null : part;
    }
}
