package org.shelfwise.circulation.items;

import java.util.UUID;

/** A copy as circulation knows it: enough to lend it and to say what was lent. */
public record Item(UUID copyId, String barcode, UUID bookId, String title) {
}
