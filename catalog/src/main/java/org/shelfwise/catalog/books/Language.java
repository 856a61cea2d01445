package org.shelfwise.catalog.books;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A language as an ISO 639 code, held in its two-letter ISO 639-1 form so that {@code fre}, {@code fra} and
 * {@code fr} facet together. Three-letter codes (639-2/T, and the 639-2/B forms MARC records use) are accepted
 * for every language that has a two-letter code.
 */
public record Language(String code) {

    // ISO 639-2/B ("bibliographic") codes that differ from the /T ones the JDK knows
    private static final Map<String, String> BIBLIOGRAPHIC = Map.ofEntries(Map.entry("sq", "alb"), Map.entry("hy", "arm"),
            Map.entry("eu", "baq"), Map.entry("my", "bur"), Map.entry("zh", "chi"), Map.entry("cs", "cze"),
            Map.entry("nl", "dut"), Map.entry("fr", "fre"), Map.entry("ka", "geo"), Map.entry("de", "ger"),
            Map.entry("el", "gre"), Map.entry("is", "ice"), Map.entry("mk", "mac"), Map.entry("mi", "mao"),
            Map.entry("ms", "may"), Map.entry("fa", "per"), Map.entry("ro", "rum"), Map.entry("sk", "slo"),
            Map.entry("bo", "tib"), Map.entry("cy", "wel"));
    private static final Map<String, String> TWO_LETTER_BY_CODE = codes();

    /** Parses a 639-1 or 639-2 code, ignoring case; empty when it is not one. */
    public static Optional<Language> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(TWO_LETTER_BY_CODE.get(text.strip().toLowerCase(Locale.ROOT))).map(Language::new);
    }

    private static Map<String, String> codes() {
        var codes = new HashMap<String, String>();
        for (String twoLetter : Locale.getISOLanguages()) {
            codes.put(twoLetter, twoLetter);
            codes.put(Locale.of(twoLetter).getISO3Language(), twoLetter);
        }
        BIBLIOGRAPHIC.forEach((twoLetter, bibliographic) -> codes.put(bibliographic, twoLetter));
        return Map.copyOf(codes);
    }

    /** The ISO 639-2/B code MARC records carry (in 008/35-37 and 041), e.g. {@code fre} for French. */
    public String marcCode() {
        return BIBLIOGRAPHIC.getOrDefault(code, Locale.of(code).getISO3Language());
    }

    @Override
    public String toString() {
        return code;
    }
}
