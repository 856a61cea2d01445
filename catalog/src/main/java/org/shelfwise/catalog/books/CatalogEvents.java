package org.shelfwise.catalog.books;

import java.util.List;
import java.util.UUID;

/** The events the catalogue publishes; their payloads are its public contract with other services. */
final class CatalogEvents {

    private CatalogEvents() {
    }

    record BookAdded(UUID bookId, String title, List<String> authors, String isbn) {
    }

    record BookRemoved(UUID bookId) {
    }

    record CopyAdded(UUID copyId, String barcode, UUID bookId, String title) {
    }

    record CopyRemoved(UUID copyId, String barcode, UUID bookId) {
    }
}
