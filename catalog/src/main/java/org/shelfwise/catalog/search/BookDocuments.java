package org.shelfwise.catalog.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.shelfwise.catalog.search.SearchIndex.Text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.shelfwise.catalog.search.SearchIndex.*;

/** A book's row of the catalog database as the search index's document of it (the fields {@link SearchIndex} lists). */
final class BookDocuments {

    /** What a book's document is made from: one row a book. */
    static final String COLUMNS = """
            select b.id, b.isbn, b.title, b.subtitle, b.authors, b.subjects, b.language, b.publication_year, b.format,
                   b.filing_title, b.original_script, b.isbns,
                   exists (select 1 from copy c where c.book_id = b.id and c.status = 'AVAILABLE') as available
            from book b""";
    /** The columns of {@link #COLUMNS} a book's document is made from, its id aside. */
    static final List<String> INDEXED = List.of("isbn", "title", "subtitle", "authors", "subjects",
            "language", "publication_year", "format", "filing_title", "original_script", "isbns", "available");

    private final FacetsConfig facets = facetsConfig();
    private final IndexAnalysis analysis;

    BookDocuments(IndexAnalysis analysis) {
        this.analysis = analysis;
    }

    FacetsConfig facets() {
        return facets;
    }

    Document document(ResultSet rs) throws SQLException {
        var doc = new Document();
        String id = rs.getString("id");
        doc.add(new StringField(ID, id, Field.Store.YES));
        // the id as two numbers for the orders' last key: comparing numbers is cheap, where a text key made every
        // match that entered a page look its bytes up in the doc values' compressed term dictionary
        var uuid = java.util.UUID.fromString(id);
        doc.add(new NumericDocValuesField(ID_HIGH, uuid.getMostSignificantBits()));
        doc.add(new NumericDocValuesField(ID_LOW, uuid.getLeastSignificantBits()));
        var isbns = new HashSet<>(strings(rs.getArray("isbns")));
        String first = rs.getString("isbn");
        if (first != null) {
            isbns.add(first);
        }
        for (var isbn : isbns) {
            doc.add(new StringField(ISBN, isbn, Field.Store.NO));
        }
        titles(doc, rs);
        var authors = strings(rs.getArray("authors"));
        text(doc, Text.AUTHORS, authors);
        for (var author : new HashSet<>(authors)) {
            doc.add(new StringField(AUTHOR, author, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(AUTHORS_FACET, author));
        }
        var subjects = strings(rs.getArray("subjects"));
        text(doc, Text.SUBJECTS, subjects);
        for (var subject : new HashSet<>(subjects)) {
            doc.add(new StringField(SUBJECT, subject, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(SUBJECTS_FACET, subject));
        }
        filters(doc, rs);
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // titles and names in their original script count as the title: a reader of the script searches in it
    private void titles(Document doc, ResultSet rs) throws SQLException {
        String title = rs.getString("title");
        var titles = new ArrayList<String>();
        titles.add(title);
        titles.addAll(strings(rs.getArray("original_script")));
        text(doc, Text.TITLE, titles);
        String filing = rs.getString("filing_title");
        doc.add(new SortedDocValuesField(TITLE_ORDER,
                new BytesRef(String.join(" ", analysis.words(filing == null ? title : filing)))));
        String subtitle = rs.getString("subtitle");
        text(doc, Text.SUBTITLE, subtitle == null ? List.of() : List.of(subtitle));
    }

    private static void filters(Document doc, ResultSet rs) throws SQLException {
        String language = rs.getString("language");
        if (language != null) {
            doc.add(new StringField(LANGUAGE, language, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(LANGUAGES_FACET, language));
        }
        String format = rs.getString("format");
        doc.add(new StringField(FORMAT, format, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(FORMATS_FACET, format));
        Integer year = rs.getObject("publication_year", Integer.class);
        if (year != null) {
            doc.add(new IntPoint(YEAR, year));
            doc.add(new NumericDocValuesField(YEAR, year));
        }
        boolean available = rs.getBoolean("available");
        doc.add(new StringField(AVAILABLE, Boolean.toString(available), Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(AVAILABILITY_FACET, available ? "available" : "unavailable"));
    }

    private static void text(Document doc, Text text, List<String> values) {
        for (var value : values) {
            doc.add(new TextField(text.field, value, Field.Store.NO));
            doc.add(new TextField(text.field + STEMS, value, Field.Store.NO));
            doc.add(new TextField(WORDS, value, Field.Store.NO));
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static FacetsConfig facetsConfig() {
        var config = new FacetsConfig();
        config.setMultiValued(AUTHORS_FACET, true);
        config.setMultiValued(SUBJECTS_FACET, true);
        return config;
    }
}
