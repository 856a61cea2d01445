package org.shelfwise.catalog.books;

import java.util.List;

/** What a librarian catalogues about a book: everything but its identity, version and timestamps. */
public record BookDetails(String title, String subtitle, List<String> authors, Isbn isbn, String publisher,
                          Integer publicationYear, Language language, List<String> subjects, String description,
                          String edition) {

    public BookDetails {
        authors = List.copyOf(authors);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }

    /** The bare minimum of a record, as the walking skeleton took it. */
    public static BookDetails of(String title, List<String> authors, Isbn isbn) {
        return new BookDetails(title, null, authors, isbn, null, null, null, List.of(), null, null);
    }
}
