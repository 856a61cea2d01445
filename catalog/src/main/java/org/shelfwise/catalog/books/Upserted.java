package org.shelfwise.catalog.books;

import java.util.UUID;

/**
 * What importing one record did: its outcome, the book it made, changed or left as it was, and the key that matched
 * it to a book already catalogued (null when it made a new one).
 */
public record Upserted(ImportOutcome outcome, UUID bookId, String matchedBy) {
}
