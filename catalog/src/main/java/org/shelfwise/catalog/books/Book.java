package org.shelfwise.catalog.books;

import org.shelfwise.platform.web.Revision;
import java.time.Instant;
import java.util.UUID;

/**
 * A bibliographic record: the work as published, not a physical copy of it. Every change makes a new version,
 * which clients see as the record's ETag.
 */
public record Book(UUID id, BookDetails details, long version, Instant createdAt, Instant updatedAt) {

    static Book catalogue(UUID id, BookDetails details, Instant at) {
        return new Book(id, details, 0, at, at);
    }

    public String title() {
        return details.title().main();
    }

    /** The first valid ISBN, or null. */
    public Isbn isbn() {
        return details.isbn();
    }

    /** The record with new details, one version on; refused when the client edited an older version. */
    Book revise(BookDetails next, Revision expected, Instant at) {
        expected.check("Book", version);
        return new Book(id, next, version + 1, createdAt, at);
    }
}
