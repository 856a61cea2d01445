package org.shelfwise.catalog.search;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Corrects small typos: a query word the catalogue has never seen is replaced by the known word closest to it by
 * trigram similarity. Short words are left alone (three letters hold too few trigrams to judge), and so are numbers
 * (1985 is not a typo of 1984) and a last word that is the start of a known word, since the user may still be
 * typing it.
 */
@Component
class Spelling {

    private final JdbcClient jdbc;

    Spelling(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The words as searched for, without accents, each corrected where needed; empty when none needed it. */
    record Corrected(List<String> words, boolean changed) {
    }

    Corrected correct(List<String> words, boolean lastIsPrefix) {
        if (words.isEmpty()) {
            return new Corrected(words, false);
        }
        var rows = jdbc.sql("""
                select w.word as original, case
                         when length(w.word) < 4
                           or w.word ~ '[0-9]'
                           or exists (select 1 from search_term t where t.term = w.word)
                           or (:prefix and w.i = :last and exists (select 1 from search_term t where t.term like w.word || '%'))
                         then w.word
                         else coalesce((select t.term from search_term t where t.term % w.word
                                        order by t.term <-> w.word limit 1), w.word)
                       end as corrected
                from unnest(cast(:words as text[])) with ordinality as raw(word, i),
                     lateral (select unaccent(raw.word) as word, raw.i as i) w
                order by w.i""")
                .param("words", words.toArray(String[]::new))
                .param("prefix", lastIsPrefix)
                .param("last", words.size())
                .query((rs, row) -> new String[] {rs.getString("original"), rs.getString("corrected")}).list();
        var corrected = rows.stream().map(pair -> pair[1]).toList();
        return new Corrected(corrected, rows.stream().anyMatch(pair -> !pair[0].equals(pair[1])));
    }
}
