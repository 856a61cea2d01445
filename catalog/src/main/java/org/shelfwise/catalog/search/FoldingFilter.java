package org.shelfwise.catalog.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.text.Normalizer;

/**
 * Drops the diacritics of Latin, Greek, Cyrillic, Hebrew and Arabic letters ("Gébler" is "Gebler", Hebrew niqqud
 * and Arabic harakat go), whether the text came composed or decomposed: the word is decomposed (NFD), its combining
 * marks on those scripts removed, and recomposed. Marks that make other scripts' letters (Devanagari vowel signs,
 * Japanese dakuten) stay.
 */
final class FoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    FoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        var folded = new StringBuilder(decomposed.length());
        UnicodeScript base = null;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
            if (!mark) {
                base = UnicodeScript.of(c);
            } else if (base == UnicodeScript.LATIN || base == UnicodeScript.GREEK || base == UnicodeScript.CYRILLIC
                    || base == UnicodeScript.HEBREW || base == UnicodeScript.ARABIC) {
                continue;
            }
            folded.appendCodePoint(c);
        }
        String result = Normalizer.normalize(folded, Normalizer.Form.NFC);
        if (!result.equals(word)) {
            term.setEmpty().append(result);
        }
        return true;
    }
}
