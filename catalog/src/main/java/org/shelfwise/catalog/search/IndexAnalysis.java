package org.shelfwise.catalog.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.shelfwise.catalog.search.SearchIndex.Text;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the index takes text apart. Words as Unicode (UAX #29) segments them, in every script, punctuation and symbols
 * first taken for spaces as {@link SearchQuery#words()} splits a query; lower-cased, full-width forms narrowed,
 * diacritics dropped ({@link FoldingFilter}) and Latin letters folded to ASCII ("Łódź" is "lodz"). Chinese, Japanese
 * and Korean, written without spaces, are indexed as every character and every pair of neighbours (CJK bigrams), so
 * a word of any length is found. The {@value SearchIndex#STEMS} fields also take English stems (Porter),
 * possessives dropped.
 */
final class IndexAnalysis implements Closeable {

    private final Analyzer analyzer = build();

    Analyzer analyzer() {
        return analyzer;
    }

    /** Words as the index holds them: lower case, accents folded. */
    List<String> words(String text) {
        return analyze(SearchIndex.WORDS, text);
    }

    /** A word's English stem, as the {@value SearchIndex#STEMS} fields hold it. */
    String stem(String word) {
        var stems = analyze(Text.TITLE.field + SearchIndex.STEMS, word);
        return stems.isEmpty() ? word : stems.getFirst();
    }

    private List<String> analyze(String field, String text) {
        var tokens = new ArrayList<String>();
        try (var stream = analyzer.tokenStream(field, new StringReader(text))) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    @Override
    public void close() {
        analyzer.close();
    }

    /** The text with every punctuation mark and symbol (Unicode's P and S categories) a space. */
    static String spaced(Reader reader) throws IOException {
        var text = new StringBuilder();
        var buffer = new char[256];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            text.append(buffer, 0, n);
        }
        var spaced = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (punctuationOrSymbol(c)) {
                spaced.append(' ');
            } else {
                spaced.appendCodePoint(c);
            }
        });
        return spaced.toString();
    }

    private static boolean punctuationOrSymbol(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    private static Analyzer build() {
        var words = new WordsAnalyzer(false);
        var stems = new WordsAnalyzer(true);
        var perField = new HashMap<String, Analyzer>();
        for (var text : Text.values()) {
            perField.put(text.field + SearchIndex.STEMS, stems);
        }
        return new PerFieldAnalyzerWrapper(words, Map.copyOf(perField));
    }

    private static final class WordsAnalyzer extends Analyzer {

        private final boolean stems;

        WordsAnalyzer(boolean stems) {
            this.stems = stems;
        }

        // what a PatternReplaceCharFilter of [\p{P}\p{S}] to " " did, a character at a time rather than through a
        // regular expression: a fifth of what indexing a book cost (offsets, which the index does not keep, aside)
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            try {
                return new StringReader(spaced(reader));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        protected TokenStreamComponents createComponents(String field) {
            var source = new StandardTokenizer();
            source.setMaxTokenLength(255);
            TokenStream stream = new CJKWidthFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new FoldingFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                    | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, true);
            if (stems) {
                stream = new PorterStemFilter(new EnglishPossessiveFilter(stream));
            }
            return new TokenStreamComponents(source, stream);
        }
    }
}
