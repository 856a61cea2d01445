package org.shelfwise.catalog.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Corrects small typos: a query word the catalogue has never seen is replaced by the known word nearest to it, one
 * edit away, or two for words of six letters or more when none is one away. An edit adds, removes or changes a
 * letter or swaps two neighbouring ones: Lucene's {@link DirectSpellChecker} walks the index's own term dictionary
 * with a Levenshtein automaton that counts a swap as one edit; of equally near words, the one in most books wins. Short
 * words are left alone (three letters leave too little to judge), and so are numbers (1985 is not a typo of 1984)
 * and a last word that is the start of a known word, since the user may still be typing it.
 */
final class Spelling {

    private static final int SHORTEST = 4;
    private static final int TWO_EDITS_FROM = 6;

    private final DirectSpellChecker oneEdit = checker(1);
    private final DirectSpellChecker twoEdits = checker(2);

    /** The words as searched for, each corrected where needed, and whether any needed it. */
    record Corrected(List<String> words, boolean changed) {
    }

    /**
     * @param words        the query's words as the index holds them (lower case, accents folded)
     * @param lastIsPrefix whether the last word may be unfinished
     */
    Corrected correct(List<String> words, boolean lastIsPrefix, IndexReader reader) {
        try {
            var corrected = new ArrayList<String>(words.size());
            boolean changed = false;
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                String fixed = word;
                boolean mayBeUnfinished = lastIsPrefix && i == words.size() - 1;
                if (word.length() >= SHORTEST && word.chars().noneMatch(Character::isDigit)
                        && reader.docFreq(new Term(SearchIndex.WORDS, word)) == 0
                        && !(mayBeUnfinished && startsKnownWord(word, reader))) {
                    var term = new Term(SearchIndex.WORDS, word);
                    var suggestions = oneEdit.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                    if (suggestions.length == 0 && word.length() >= TWO_EDITS_FROM) {
                        suggestions = twoEdits.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                    }
                    if (suggestions.length > 0) {
                        fixed = suggestions[0].string;
                        changed = true;
                    }
                }
                corrected.add(fixed);
            }
            return new Corrected(List.copyOf(corrected), changed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether some known word starts with {@code prefix}. */
    static boolean startsKnownWord(String prefix, IndexReader reader) throws IOException {
        var terms = MultiTerms.getTerms(reader, SearchIndex.WORDS);
        if (terms == null) {
            return false;
        }
        var bytes = new BytesRef(prefix);
        var termsEnum = terms.iterator();
        var found = termsEnum.seekCeil(bytes);
        return found == TermsEnum.SeekStatus.FOUND
                || found == TermsEnum.SeekStatus.NOT_FOUND && StringHelper.startsWith(termsEnum.term(), bytes);
    }

    /**
     * Any letter may be the wrong one, the first too ("jouse"), for one edit; for two, Lucene's checker keeps the
     * first letter fixed (it takes a prefix of at least edits − 1), which bounds the walk of the term dictionary.
     */
    private static DirectSpellChecker checker(int edits) {
        var checker = new DirectSpellChecker();
        checker.setMaxEdits(edits);
        checker.setMinPrefix(0);
        checker.setMinQueryLength(SHORTEST);
        return checker;
    }
}
