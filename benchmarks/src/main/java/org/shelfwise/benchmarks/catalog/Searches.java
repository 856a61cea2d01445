package org.shelfwise.benchmarks.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * The kinds of search the catalog benchmark measures, each as one search asked again and again (what the cache
 * answers) and as a sequence of distinct searches of the same kind (what the database answers): the i-th is a
 * different query string from every other, so no two requests share a cache entry. Drawn from the
 * {@link SyntheticCatalogue}'s own words, most frequent first, and kept to the first few pages, as a patron's are.
 *
 * @param kind     what the table calls it
 * @param repeated the query string of the cached variant
 * @param uncached the i-th query string of the uncached variant (at least 250 distinct, as many as the benchmark asks)
 */
record Searches(String kind, String repeated, IntFunction<String> uncached) {

    private static final List<String> WORDS = SyntheticCatalogue.wordsByFrequency();
    private static final List<String> LANGUAGES = SyntheticCatalogue.languages();
    private static final String[] SORTS = {"relevance", "title", "year", "newest"};
    private static final List<String> PREFIXES = prefixes();
    private static final List<String> TYPOS = typos();

    /** A common word: one of the 40 most frequent, on one of its first ten pages. */
    static final Searches COMMON = new Searches("common word", "q=history",
            i -> "q=" + WORDS.get(i % 40) + "&page=" + (i / 40) % 10);
    /** The rare word (ten books): in every order and page size, so every answer holds books. */
    static final Searches RARE = new Searches("rare word", "q=" + SyntheticCatalogue.RARE_WORD,
            i -> "q=" + SyntheticCatalogue.RARE_WORD + "&size=" + (1 + i % 100) + "&sort=" + SORTS[(i / 100) % 4]);
    /** Two of the 20 most frequent words, every ordered pair. */
    static final Searches TWO_WORDS = new Searches("two words", "q=history%20war", i -> {
        int first = i % 20;
        return "q=" + WORDS.get(first) + "%20" + WORDS.get((first + 1 + (i / 20) % 19) % 20);
    });
    /** The start of a word, four to six letters, as someone typing it (no space after). */
    static final Searches PREFIX = new Searches("prefix", "q=philos", i -> "q=" + PREFIXES.get(i % PREFIXES.size()));
    /** A frequent word with two neighbouring letters swapped, typed to the end (a space after it). */
    static final Searches TYPO = new Searches("typo", "q=histroy%20",
            i -> "q=" + encode(TYPOS.get(i % TYPOS.size()) + " "));
    /** A common word in one language, available now, from 1900 or 1950 on: the filters and the facet counts. */
    static final Searches FILTERED = new Searches("filtered, with facets",
            "q=history&language=fr&available=true&yearFrom=1900",
            i -> "q=" + WORDS.get(i % 40) + "&language=" + LANGUAGES.get(1 + (i / 40) % (LANGUAGES.size() - 1))
                    + "&available=true&yearFrom=" + (i / 40 / (LANGUAGES.size() - 1) % 2 == 0 ? 1900 : 1950));

    static final List<Searches> ALL = List.of(COMMON, RARE, TWO_WORDS, PREFIX, TYPO, FILTERED);

    /** What the public catalogue's results pages are asked: a mix of the kinds patrons type, without a size or order. */
    static final List<Searches> OPAC = List.of(COMMON, TWO_WORDS, PREFIX, TYPO, FILTERED);

    /**
     * The i-th distinct query string of the public catalogue's {@code /search}, taking the kinds of {@link #OPAC} in
     * turn; its pages count from 1 where the API's count from 0.
     */
    static String opac(int i) {
        String query = OPAC.get(i % OPAC.size()).distinct(i / OPAC.size());
        var page = Pattern.compile("&page=(\\d+)").matcher(query);
        return page.find() ? page.replaceFirst("&page=" + (Integer.parseInt(page.group(1)) + 1)) : query;
    }

    /** The i-th distinct query string of this kind. */
    String distinct(int i) {
        return uncached.apply(i);
    }

    private static List<String> prefixes() {
        var prefixes = new LinkedHashSet<String>();
        for (int length = 4; length <= 6; length++) {
            for (var word : WORDS) {
                if (word.length() > length && word.chars().allMatch(Character::isLetter)) {
                    prefixes.add(word.substring(0, length));
                }
            }
        }
        return new ArrayList<>(prefixes);
    }

    private static List<String> typos() {
        var typos = new LinkedHashSet<String>();
        for (int at = 1; at < 4; at++) {
            for (var word : WORDS) {
                if (word.length() >= 5 && at + 1 < word.length() - 1 && word.chars().allMatch(Character::isLetter)) {
                    char[] letters = word.toCharArray();
                    char swapped = letters[at];
                    letters[at] = letters[at + 1];
                    letters[at + 1] = swapped;
                    var typo = new String(letters);
                    if (!WORDS.contains(typo)) {
                        typos.add(typo);
                    }
                }
            }
        }
        return new ArrayList<>(typos);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
