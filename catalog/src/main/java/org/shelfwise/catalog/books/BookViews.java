package org.shelfwise.catalog.books;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the catalogue answers about books and copies. */
final class BookViews {

    private BookViews() {
    }

    record BookView(UUID id, String title, List<String> authors, String isbn, Instant createdAt) {
        static BookView of(Book book) {
            return new BookView(book.id(), book.title(), book.authors(), book.isbn().value(), book.createdAt());
        }
    }

    record CopyView(UUID id, UUID bookId, String barcode, Copy.Availability status, LocalDate dueDate) {
        static CopyView of(Copy copy) {
            return new CopyView(copy.id(), copy.bookId(), copy.barcode(), copy.status(), copy.dueDate());
        }
    }
}
