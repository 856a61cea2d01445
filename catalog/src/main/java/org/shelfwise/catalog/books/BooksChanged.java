package org.shelfwise.catalog.books;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Published (as a Spring application event) inside the transaction that changed these books or their copies, for
 * what derives from them in this instance: the search index indexes them once the transaction has committed.
 *
 * @param details whether the records themselves changed (else only which copies they have)
 */
public record BooksChanged(Collection<UUID> bookIds, boolean details) {

    static BooksChanged details(Collection<UUID> bookIds) {
        return new BooksChanged(bookIds, true);
    }

    static BooksChanged copies(UUID bookId) {
        return new BooksChanged(List.of(bookId), false);
    }
}
