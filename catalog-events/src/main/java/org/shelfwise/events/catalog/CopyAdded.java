package org.shelfwise.events.catalog;

import java.util.UUID;

/**
 * A physical copy of a book joined the collection.
 *
 * @param itemType what kind of item it is for the loan rules (e.g. {@code dvd}); null until the catalogue records it
 * @param branch   the branch that owns it; null until the catalogue records it
 */
public record CopyAdded(UUID copyId, String barcode, UUID bookId, String title, String shelfMark, String location,
                        String note, String itemType, String branch) implements CopyEvent {

    /** A copy of no particular item type or branch. */
    public CopyAdded(UUID copyId, String barcode, UUID bookId, String title, String shelfMark, String location,
                     String note) {
        this(copyId, barcode, bookId, title, shelfMark, location, note, null, null);
    }
}
