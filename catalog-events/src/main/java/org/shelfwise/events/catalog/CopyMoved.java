package org.shelfwise.events.catalog;

import java.util.UUID;

/** A copy's shelf mark or location changed (it is at {@code location} now, was at {@code previousLocation}). */
public record CopyMoved(UUID copyId, String barcode, UUID bookId, String shelfMark, String location, String note,
                 String previousShelfMark, String previousLocation, long version) implements CopyEvent {
}
