package org.shelfwise.circulation.borrowers;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A patron as circulation knows it: who they are at the desk, their category, and whether they may borrow.
 * {@code cardExpiresOn} is null for patrons registered before cards had an expiry.
 */
public record Borrower(UUID patronId, String barcode, String name, Standing standing, String category,
                       LocalDate cardExpiresOn) {

    /** The patron as the patrons service describes them: {@code status} ACTIVE or BLOCKED, and a block's reason. */
    public Borrower(UUID patronId, String barcode, String name, String status, String category, LocalDate cardExpiresOn,
                    String blockedReason) {
        this(patronId, barcode, name, Standing.of(status, blockedReason), category, cardExpiresOn);
    }

    /** Whether the card had expired by {@code today}. */
    boolean cardExpiredBy(LocalDate today) {
        return cardExpiresOn != null && cardExpiresOn.isBefore(today);
    }
}
