package org.shelfwise.catalog.books;

import java.util.Locale;
import java.util.Optional;

/**
 * What kind of resource a record describes, as MARC's leader/06-07, 007 and 008 tell it: a search facet and
 * filter. Simple records are books.
 */
public enum Format {
    BOOK, EBOOK, SERIAL, MANUSCRIPT, SCORE, MAP, VIDEO, SOUND_RECORDING, MUSIC_RECORDING, PICTURE, COMPUTER_FILE,
    KIT, MIXED_MATERIALS, OBJECT;

    /** Parses a format's name in any case, with hyphens or underscores: {@code sound-recording}. */
    public static Optional<Format> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_')));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
