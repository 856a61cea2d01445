package org.shelfwise.catalog.books;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The events the catalogue publishes; their payloads are its public contract with other services. Added and
 * updated events carry the whole new state, so a consumer can keep a replica from them alone.
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

    record BookRemoved(UUID bookId) {
    }

    record CopyAdded(UUID copyId, String barcode, UUID bookId, String title, String shelfMark, String location,
                     String note) {
    }

    /** Payload of {@code CopyUpdated} (note changed) and {@code CopyMoved} (shelf mark or location changed). */
    record CopyShelved(UUID copyId, String barcode, UUID bookId, String shelfMark, String location, String note,
                       String previousShelfMark, String previousLocation, long version) {
    }

    record CopyRemoved(UUID copyId, String barcode, UUID bookId) {
    }

    /**
     * Payload of {@code CopyAvailabilityChanged}: what circulation's events made of the copy ({@code AVAILABLE},
     * {@code ON_LOAN} with its due date, {@code AWAITING_PICKUP} with its pickup-by date, if any).
     */
    record CopyAvailabilityChanged(UUID copyId, String barcode, UUID bookId, String status, LocalDate dueDate,
                                   LocalDate pickupBy, long version) {
    }
}
