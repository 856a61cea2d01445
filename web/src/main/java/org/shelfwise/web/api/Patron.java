package org.shelfwise.web.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** A patron as {@code /api/patrons} shows them; {@code status} is ACTIVE, EXPIRED or BLOCKED as of today. */
public record Patron(UUID id, String barcode, String name, String email, String phone, String address,
                     LocalDate dateOfBirth, String category, LocalDate cardExpiresOn, String status,
                     String blockedReason) implements Serializable {

    public boolean isBlocked() {
        return "BLOCKED".equals(status);
    }

    public boolean isExpired() {
        return "EXPIRED".equals(status);
    }
}
