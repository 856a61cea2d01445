package org.shelfwise.catalog.books;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the catalogue answers about books and copies. */
final class BookViews {

    private BookViews() {
    }

    record BookView(UUID id, String title, String subtitle, List<String> authors, String isbn, String publisher,
                    Integer publicationYear, String language, List<String> subjects, String description,
                    String edition, long version, Instant createdAt, Instant updatedAt) {
        static BookView of(Book book) {
            var d = book.details();
            return new BookView(book.id(), d.title(), d.subtitle(), d.authors(), d.isbn().value(), d.publisher(),
                    d.publicationYear(), d.language() == null ? null : d.language().code(), d.subjects(),
                    d.description(), d.edition(), book.version(), book.createdAt(), book.updatedAt());
        }
    }

    record CopyView(UUID id, UUID bookId, String barcode, String shelfMark, String location, String note,
                    Copy.Availability status, LocalDate dueDate, LocalDate pickupBy, long version) {
        static CopyView of(Copy copy) {
            var shelving = copy.shelving();
            return new CopyView(copy.id(), copy.bookId(), copy.barcode(), shelving.shelfMark(), shelving.location(),
                    shelving.note(), copy.status(), copy.dueDate(), copy.pickupBy(), copy.version());
        }
    }

    /**
     * A book as a list of loans or holds shows it, with its copies: how many are on the shelf now, and where
     * each one is shelved and whether it is out.
     */
    record HoldingsView(UUID id, String title, String subtitle, List<String> authors, String isbn, String publisher,
                        Integer publicationYear, String language, String edition, long version, int availableCopies,
                        List<CopyView> copies) {
        static HoldingsView of(BookLookup.Found found) {
            var book = found.book();
            var d = book.details();
            var copies = found.copies().stream().map(CopyView::of).toList();
            int available = (int) copies.stream().filter(c -> c.status() == Copy.Availability.AVAILABLE).count();
            return new HoldingsView(book.id(), d.title(), d.subtitle(), d.authors(), d.isbn().value(), d.publisher(),
                    d.publicationYear(), d.language() == null ? null : d.language().code(), d.edition(),
                    book.version(), available, copies);
        }
    }
}
