package org.shelfwise.events.catalog;

import java.util.UUID;

/** A copy left the collection. */
public record CopyRemoved(UUID copyId, String barcode, UUID bookId) implements CopyEvent {
}
