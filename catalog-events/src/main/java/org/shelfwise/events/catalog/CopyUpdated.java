package org.shelfwise.events.catalog;

import java.util.UUID;

/** A copy's note changed. */
public record CopyUpdated(UUID copyId, String barcode, UUID bookId, String shelfMark, String location, String note,
                 String previousShelfMark, String previousLocation, long version) implements CopyEvent {
}
