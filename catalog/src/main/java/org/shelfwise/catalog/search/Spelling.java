package org.shelfwise.catalog.search;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Corrects small typos: a query word the catalogue has never seen is replaced by the known word closest to it by
 * trigram similarity. Short words are left alone (three letters hold too few trigrams to judge), and so are numbers
 * (1985 is not a typo of 1984) and a last word that is the start of a known word, since the user may still be
 * typing it. For that last word it also lists the known words it is the start of, so that the search can name
 * them instead of a prefix the planner has no statistics for.
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
                select w.word as original, c.corrected,
                       case when :prefix and w.i = :last and length(c.corrected) >= 3 then
                         array(select t.term from search_term t
                               where t.term ~>=~ c.corrected and t.term ~<~ (c.corrected || chr(1114111))
                               order by t.term limit :most)
                       end as completions
                from unnest(cast(:words as text[])) with ordinality as raw(word, i),
                     lateral (select unaccent(raw.word) as word, raw.i as i) w,
                     lateral (select case
                         when length(w.word) < 4
                           or w.word ~ '[0-9]'
                           or exists (select 1 from search_term t where t.term = w.word)
                           or (:prefix and w.i = :last and exists (select 1 from search_term t
                               where t.term ~>=~ w.word and t.term ~<~ (w.word || chr(1114111))))
                         then w.word
                         else coalesce((select t.term from search_term t where t.term % w.word
                                        order by t.term <-> w.word limit 1), w.word)
                       end as corrected) c
                order by w.i""")
                .param("words", words.toArray(String[]::new))
                .param("prefix", lastIsPrefix)
                .param("last", words.size())
                .param("most", MOST_COMPLETIONS + 1)
                .query((rs, row) -> new Word(rs.getString("original"), rs.getString("corrected"),
                        rs.getArray("completions") == null ? null : (String[]) rs.getArray("completions").getArray()))
                .list();
        var last = rows.getLast().completions();
        var completions = last == null || last.length > MOST_COMPLETIONS ? null : List.of(last);
        var corrected = rows.stream().map(Word::corrected).toList();
        return new Corrected(corrected, rows.stream().anyMatch(word -> !word.original().equals(word.corrected())),
                completions);
    }

    private record Word(String original, String corrected, String[] completions) {
    }
}
