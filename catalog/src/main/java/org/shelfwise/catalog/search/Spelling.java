package org.shelfwise.catalog.search;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.SQLException;
import java.util.List;

/**
 * Corrects small typos: a query word the catalogue has never seen is replaced by a known word one edit away from
 * it (two for words of six letters or more), where an edit adds, removes or changes a letter or swaps two
 * neighbouring ones. The candidates are the known words nearest by trigram distance (the {@code search_term}
 * index); the first of them close enough by edits wins. Trigrams alone, as before, missed half of all swapped
 * letters in short words ("huose" shares two of six trigrams with "house", and "jose" came nearer). Short words
 * are left alone (three letters hold too few trigrams to judge), and so are numbers (1985 is not a typo of 1984)
 * and a last word that is the start of a known word, since the user may still be typing it. For that last word it
 * also lists the known words it (or what it was corrected to) is the start of, so that the search can name them
 * instead of a prefix the planner has no statistics for.
 */
@Component
class Spelling {

    private final JdbcClient jdbc;

    Spelling(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The words as searched for, without accents, each corrected where needed, and whether any needed it; for a
     * last word the user may still be typing, the known words it is the start of (null: too many to list).
     */
    record Corrected(List<String> words, boolean changed, List<String> completions) {
    }

    /** A prefix with more known completions than this is searched as a prefix ({@code :*}), not as a list. */
    static final int MOST_COMPLETIONS = 50;

    Corrected correct(List<String> words, boolean lastIsPrefix) {
        if (words.isEmpty()) {
            return new Corrected(words, false, null);
        }
        // ~>=~ and ~<~ (byte order, as the text_pattern_ops index is sorted) rather than like: the pattern comes
        // from another table here, and like uses the index only for a pattern known when the statement is planned
        var rows = jdbc.sql("""
                select w.word as original, c.known, n.candidates,
                       case when :prefix and w.i = :last and length(c.known) >= 3 then %s end as completions
                from unnest(cast(:words as text[])) with ordinality as raw(word, i),
                     lateral (select unaccent(raw.word) as word, raw.i as i) w,
                     lateral (select case
                         when length(w.word) < 4
                           or w.word ~ '[0-9]'
                           or exists (select 1 from search_term t where t.term = w.word)
                           or (:prefix and w.i = :last and exists (select 1 from search_term t
                               where t.term ~>=~ w.word and t.term ~<~ (w.word || chr(1114111))))
                         then w.word
                       end as known) c,
                     lateral (select case when c.known is null then
                         array(select t.term from search_term t order by t.term <-> w.word limit :candidates)
                       end as candidates) n
                order by w.i""".formatted(completionsOf("c.known")))
                .param("words", words.toArray(String[]::new))
                .param("prefix", lastIsPrefix)
                .param("last", words.size())
                .param("most", MOST_COMPLETIONS + 1)
                .param("candidates", CANDIDATES)
                .query((rs, row) -> {
                    String original = rs.getString("original");
                    String known = rs.getString("known");
                    return new Word(original, known != null ? known : closest(original, strings(rs.getArray("candidates"))),
                            strings(rs.getArray("completions")));
                })
                .list();
        var lastWord = rows.getLast();
        var last = lastWord.completions();
        if (lastIsPrefix && last == null && lastWord.corrected().length() >= 3) {
            // an unknown last word: the completions of what it was corrected to (none if it was not)
            last = jdbc.sql("select " + completionsOf(":word")).param("word", lastWord.corrected())
                    .param("most", MOST_COMPLETIONS + 1).query((rs, row) -> strings(rs.getArray(1))).single();
        }
        var completions = last == null || last.length > MOST_COMPLETIONS ? null : List.of(last);
        var corrected = rows.stream().map(Word::corrected).toList();
        return new Corrected(corrected, rows.stream().anyMatch(word -> !word.original().equals(word.corrected())),
                completions);
    }

    private record Word(String original, String corrected, String[] completions) {
    }

    /** The known words that start with {@code word} (an SQL expression), in order, at most {@code :most}. */
    private static String completionsOf(String word) {
        return """
                array(select t.term from search_term t where t.term ~>=~ %1$s and t.term ~<~ (%1$s || chr(1114111))
                      order by t.term limit :most)""".formatted(word);
    }

    /** How many known words, nearest by trigrams, are weighed as the correction of an unknown one. */
    static final int CANDIDATES = 20;

    /** The first candidate close enough to the word by edits, else the word itself (it matches nothing, then). */
    static String closest(String word, String[] candidates) {
        int allowed = word.length() >= 6 ? 2 : 1;
        if (candidates != null) {
            for (var candidate : candidates) {
                if (editDistance(word, candidate) <= allowed) {
                    return candidate;
                }
            }
        }
        return word;
    }

    /**
     * The optimal string alignment distance: the fewest letters added, removed or changed, or pairs of neighbouring
     * letters swapped, that turn one word into the other. Written out here because the libraries at hand (Commons
     * Text's {@code LevenshteinDistance}, PostgreSQL's {@code fuzzystrmatch}) count a swap as two changes, and a
     * swap is the commonest slip of typing.
     */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + change);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? null : (String[]) array.getArray();
    }
}
