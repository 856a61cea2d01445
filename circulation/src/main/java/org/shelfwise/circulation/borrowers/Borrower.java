package org.shelfwise.circulation.borrowers;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A patron as circulation knows it: who they are at the desk, their category, and whether they may borrow.
 * {@code cardExpiresOn} is null for patrons registered before cards had an expiry.
 */
public record Borrower(UUID patronId, String barcode, String name, String status, String category,
                       LocalDate cardExpiresOn, String blockedReason) {

    /** Why the patron may not borrow today, if they may not. */
    public Optional<Refusal> refusal(LocalDate today) {
        if ("BLOCKED".equals(status)) {
            return Optional.of(Refusal.BLOCKED);
        }
        if (cardExpiresOn != null && cardExpiresOn.isBefore(today)) {
            return Optional.of(Refusal.CARD_EXPIRED);
        }
        return Optional.empty();
    }

    /** A reason a patron may not borrow. */
    public enum Refusal { BLOCKED, CARD_EXPIRED }
}
