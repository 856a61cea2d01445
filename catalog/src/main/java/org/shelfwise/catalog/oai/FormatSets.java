package org.shelfwise.catalog.oai;

import org.shelfwise.catalog.books.Format;

import java.util.Locale;

/**
 * The repository's sets: one per format ({@code book}, {@code sound-recording}, ...), flat, no hierarchy. A record
 * is in the set of its format; a removed record stays in the set of the format it had, so a set's harvester
 * learns of its removal.
 */
final class FormatSets {

    private FormatSets() {
    }

    static String spec(Format format) {
        return format.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String name(Format format) {
        String words = format.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return "Format: " + words;
    }

    /** The format a set names; no set of that name matches no records. */
    static Format parse(String spec) {
        for (var format : Format.values()) {
            if (spec(format).equals(spec)) {
                return format;
            }
        }
        throw new OaiError(OaiError.NO_RECORDS_MATCH, "There is no set " + spec + "; ListSets names the sets.");
    }
}
