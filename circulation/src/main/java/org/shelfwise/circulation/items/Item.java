package org.shelfwise.circulation.items;

import java.util.UUID;

/**
 * A copy as circulation knows it: enough to lend it, to choose its loan policy (item type and branch, null when
 * the catalogue does not say), and to say what was lent.
 */
public record Item(UUID copyId, String barcode, UUID bookId, String title, String itemType, String branch) {
}
