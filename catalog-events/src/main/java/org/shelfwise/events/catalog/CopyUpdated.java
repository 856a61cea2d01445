package org.shelfwise.events.catalog;

import java.util.UUID;

/**
 * A copy's note or item type changed, and nothing of where it is. The copy's branch and item type are as they are
 * now, each null when the catalogue records none.
 */
public record CopyUpdated(UUID copyId, String barcode, UUID bookId, String shelfMark, String location, String note,
                 String previousShelfMark, String previousLocation, long version, String itemType, String branch)
        implements CopyEvent {

    /**
     * 2 since the branch and item type were added: a consumer reads them as the copy's only from version 2, since in
     * a version-1 event their absence says nothing about the copy.
     */
    @Override
    public int schemaVersion() {
        return 2;
    }
}
