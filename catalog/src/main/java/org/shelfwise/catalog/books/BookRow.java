package org.shelfwise.catalog.books;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * A book's details as the {@code book} table holds them: the whole model as JSON ({@code details}), and beside it
 * the columns searches, filters, exports and other readers take (title, authors, first ISBN, year, language, subjects
 * as text, format, the filing title, the original-script titles and names, every valid ISBN).
 */
record BookRow(String title, String subtitle, String[] authors, String isbn, String publisher, Integer publicationYear,
               String language, String[] subjects, String description, String edition, String details, String format,
               String filingTitle, String[] originalScript, String[] isbns) {

    private static final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    static BookRow of(BookDetails d) {
        return new BookRow(d.title().main(), d.subtitle(), d.authors().toArray(String[]::new),
                d.isbn() == null ? null : d.isbn().value(), d.publisher(), d.publicationYear(),
                d.language() == null ? null : d.language().code(), d.subjectHeadings().toArray(String[]::new),
                d.description(), d.edition(), json.writeValueAsString(d), d.format().name(), d.title().filing(),
                d.originalScript().toArray(String[]::new), d.identifiers().isbns().toArray(String[]::new));
    }

    /** The details of a row; a row written before the whole model was kept reads as the simple record it was. */
    static BookDetails details(ResultSet rs) throws SQLException {
        String details = rs.getString("details");
        if (details != null) {
            return json.readValue(details, BookDetails.class);
        }
        var language = rs.getString("language");
        return new BookDetails(Title.of(rs.getString("title"), rs.getString("subtitle")),
                strings(rs.getArray("authors")).stream().map(Contributor::author).toList(),
                rs.getString("isbn") == null ? Identifiers.NONE : Identifiers.NONE.withFirstIsbn(new Isbn(rs.getString("isbn"))),
                rs.getString("edition"), new Publication(null, rs.getString("publisher"), null,
                rs.getObject("publication_year", Integer.class)), null, null, null, rs.getString("description"),
                strings(rs.getArray("subjects")).stream().map(Subject::parse).toList(),
                language == null ? List.of() : List.of(new Language(language)), Format.BOOK, null);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
