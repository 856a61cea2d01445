package org.shelfwise.catalog.oai;

import org.shelfwise.catalog.books.Format;

import java.time.Instant;
import java.util.UUID;

/** When a book last changed (to the microsecond, as stored), whether that change removed it, and its format. */
record Change(UUID bookId, Instant changedAt, boolean deleted, Format format) {
}
