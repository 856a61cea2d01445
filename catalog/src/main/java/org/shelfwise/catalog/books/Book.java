package org.shelfwise.catalog.books;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A bibliographic record: the work as published, not a physical copy of it. */
public record Book(UUID id, String title, List<String> authors, Isbn isbn, Instant createdAt) {

    public Book {
        authors = List.copyOf(authors);
    }
}
