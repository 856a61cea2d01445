package org.shelfwise.circulation.borrowers;

import java.util.UUID;

/** A patron as circulation knows it: who they are at the desk and whether they may borrow. */
public record Borrower(UUID patronId, String barcode, String name, String status) {

    public boolean mayBorrow() {
        return "ACTIVE".equals(status);
    }
}
