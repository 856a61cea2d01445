package org.shelfwise.catalog.books;

import java.util.List;
import java.util.UUID;

/**
 * The payloads the catalogue publishes under more than one event type; their shapes are catalog-events' records
 * ({@code BookAdded} and {@code BookUpdated}, {@code CopyUpdated} and {@code CopyMoved}), which the catalogue's
 * contract tests hold them to. Every other event it publishes is one of catalog-events' records itself.
 */
final class CatalogEvents {

    private CatalogEvents() {
    }

    /**
     * Payload of {@code BookAdded} and {@code BookUpdated}: the simple record's members (isbn and language may be
     * null, authors empty) and, since issue 14, the format, every contributor, every valid ISBN and the control number.
     */
    record BookState(UUID bookId, String title, String subtitle, List<String> authors, String isbn, String publisher,
                     Integer publicationYear, String language, List<String> subjects, String edition, long version,
                     String format, List<Contributor> contributors, List<String> isbns, String controlNumber) {
        static BookState of(Book book) {
            var d = book.details();
            return new BookState(book.id(), d.title().main(), d.subtitle(), d.authors(),
                    d.isbn() == null ? null : d.isbn().value(), d.publisher(), d.publicationYear(),
                    d.language() == null ? null : d.language().code(), d.subjectHeadings(), d.edition(), book.version(),
                    d.format().name(), d.contributors(), d.identifiers().isbns(), d.identifiers().controlNumber());
        }
    }

    /** Payload of {@code CopyUpdated} (note changed) and {@code CopyMoved} (shelf mark or location changed). */
    record CopyShelved(UUID copyId, String barcode, UUID bookId, String shelfMark, String location, String note,
                       String previousShelfMark, String previousLocation, long version) {
    }
}
