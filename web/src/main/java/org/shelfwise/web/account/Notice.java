package org.shelfwise.web.account;

import java.time.Instant;
import java.util.UUID;

/** A message the library sent the patron, as the delivery log has it ({@code GET /api/notices}). */
public record Notice(UUID id, String kind, String status, String subject, Instant createdAt, Instant sentAt) {

    /** Sent by email, or kept for the desk to print: a message the patron got or will get. */
    public boolean isMessage() {
        return "SENT".equals(status) || "PRINT".equals(status);
    }

    public Instant when() {
        return sentAt != null ? sentAt : createdAt;
    }
}
