package org.shelfwise.web.checkin;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One copy scanned at check-in and what came of it.
 *
 * @param key         the form's idempotency key
 * @param returned    whether a loan was closed
 * @param title       the book's title
 * @param borrower    who had it (name, else card)
 * @param fine        the fine its lateness charged, or null
 * @param holdFor     the patron it is now kept for on the hold shelf, or null
 * @param holdCard    their card
 * @param pickupBy    until when it is kept for them
 * @param refusal     why nothing was returned (not on loan, unknown barcode), in words
 * @param sendTo      the branch (its name) to send the copy to, for the hold it is kept for there; null when it stays
 */
public record Return(String key, String itemBarcode, boolean returned, String title, String borrower,
                     BigDecimal fine, String holdFor, String holdCard, LocalDate pickupBy, String refusal,
                     String sendTo)
        implements Serializable {

    public boolean isToHoldShelf() {
        return holdFor != null && sendTo == null;
    }

    public boolean isInTransit() {
        return sendTo != null;
    }
}
