package org.shelfwise.catalog.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpellingTest {

    static final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    static DirectoryReader reader;
    final Spelling spelling = new Spelling();

    @BeforeAll
    static void knownWords() throws IOException {
        try (var writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (var title : List.of("house", "hose", "horse", "jose", "memory", "philosophy", "cobra", "history",
                    "emma", "1984", "history of the house")) {
                var doc = new Document();
                doc.add(new TextField(SearchIndex.WORDS, title, Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    String corrected(String word) {
        return spelling.correct(List.of(word), false, reader).words().getFirst();
    }

    @Test
    void countsASwapOfNeighbouringLettersAsOneEdit() {
        assertThat(corrected("huose")).as("house and hose are both one edit away; house is nearer").isEqualTo("house");
        assertThat(corrected("histroy")).isEqualTo("history");
        assertThat(corrected("emam")).isEqualTo("emma");
        assertThat(corrected("mmeory")).isEqualTo("memory");
    }

    @Test
    void allowsTwoEditsFromSixLettersAndAWrongFirstLetter() {
        assertThat(corrected("philsoohpy")).as("two swaps in a long word").isEqualTo("philosophy");
        assertThat(corrected("zebra")).as("two edits in a short word: left alone").isEqualTo("zebra");
        assertThat(corrected("jouse")).isEqualTo("house");
    }

    @Test
    void leavesKnownShortAndNumericWordsAndAnUnfinishedLastWordAlone() {
        var result = spelling.correct(List.of("house", "hse", "1985", "memor"), true, reader);
        assertThat(result.words()).containsExactly("house", "hse", "1985", "memor");
        assertThat(result.changed()).isFalse();
        var finished = spelling.correct(List.of("huose", "memor"), false, reader);
        assertThat(finished.words()).containsExactly("house", "memory");
        assertThat(finished.changed()).isTrue();
    }
}
