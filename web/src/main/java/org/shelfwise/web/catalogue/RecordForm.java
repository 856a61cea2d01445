package org.shelfwise.web.catalogue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A book's record as the edit form holds it: authors and subjects one a line. Sent as a whole merge patch (a
 * blank optional field clears it), with the ETag of the version it was read at.
 */
public record RecordForm(String title, String subtitle, String authors, String isbn, String publisher,
                         String publicationYear, String language, String subjects, String description,
                         String edition, String etag) {

    static RecordForm of(Book book, String etag) {
        return new RecordForm(book.title(), nullToEmpty(book.subtitle()), String.join("\n", orEmpty(book.authors())),
                book.isbn(), nullToEmpty(book.publisher()),
                book.publicationYear() == null ? "" : String.valueOf(book.publicationYear()),
                nullToEmpty(book.language()), String.join("\n", orEmpty(book.subjects())),
                nullToEmpty(book.description()), nullToEmpty(book.edition()), etag);
    }

    static RecordForm empty() {
        return new RecordForm("", "", "", "", "", "", "", "", "", "", null);
    }

    /** The record as JSON members; a blank optional field is null, which clears it in a merge patch. */
    Map<String, Object> asJson() {
        var body = new LinkedHashMap<String, Object>();
        body.put("title", blankToNull(title));
        body.put("subtitle", blankToNull(subtitle));
        body.put("authors", lines(authors));
        body.put("isbn", blankToNull(isbn));
        body.put("publisher", blankToNull(publisher));
        body.put("publicationYear", year());
        body.put("language", blankToNull(language));
        body.put("subjects", lines(subjects));
        body.put("description", blankToNull(description));
        body.put("edition", blankToNull(edition));
        return body;
    }

    /** A year as typed: a number when it is one, else the text, for the API to refuse in words. */
    private Object year() {
        String text = blankToNull(publicationYear);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
