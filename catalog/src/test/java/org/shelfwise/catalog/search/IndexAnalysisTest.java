package org.shelfwise.catalog.search;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class IndexAnalysisTest {

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]");

    @Test
    void spacesPunctuationAndSymbolsAsTheRegularExpressionDid() throws IOException {
        var texts = List.of("Pride and prejudice / by Jane Austen.", "L'Étranger : roman", "C++ & Java — 2nd ed. (1999)",
                "«Les misérables» ¿Qué? ¡Sí!", "東京物語「小津」。", "₹100 €5 $3 ©2001 ±½", "emoji 😀 and 𝄞 music",
                "דוד בן־גוריון", "Дом № 5", "a_b-c~d^e`f|g", "", "tab\tand\nnewline", "𐀀 linear b", "\uD800 lone");
        for (var text : texts) {
            String longText = text.repeat(40); // past the copy buffer
            assertThat(IndexAnalysis.spaced(new StringReader(text))).isEqualTo(PUNCTUATION.matcher(text).replaceAll(" "));
            assertThat(IndexAnalysis.spaced(new StringReader(longText)))
                    .isEqualTo(PUNCTUATION.matcher(longText).replaceAll(" "));
        }
    }

    @Test
    void wordsAreFoldedLowerCaseAndSplitAtPunctuation() {
        var analysis = new IndexAnalysis();
        assertThat(analysis.words("L'Étranger: Gébler's «roman»")).containsExactly("l", "etranger", "gebler", "s", "roman");
        assertThat(analysis.stem("novels")).isEqualTo("novel");
        analysis.close();
    }
}
