package org.shelfwise.catalog.search;

import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FoldingFilterTest {

    @Test
    void dropsDiacriticsOfLatinLettersComposedOrNot() throws IOException {
        assertThat(fold("Gébler Ge\u0301bler Zeṿin Kyōsuke")).containsExactly("Gebler", "Gebler", "Zevin", "Kyosuke");
    }

    @Test
    void dropsHebrewPointsAndArabicVowelMarks() throws IOException {
        assertThat(fold("שָׁלוֹם كِتَاب")).containsExactly("שלום", "كتاب");
    }

    @Test
    void keepsMarksThatMakeTheLettersOfOtherScripts() throws IOException {
        assertThat(fold("が हिंदी")).containsExactly("が", "हिंदी");
    }

    private static List<String> fold(String text) throws IOException {
        var tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(text));
        var words = new ArrayList<String>();
        try (var stream = new FoldingFilter(tokenizer)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        }
        return words;
    }
}
