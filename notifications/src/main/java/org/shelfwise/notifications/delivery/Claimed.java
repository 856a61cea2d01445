package org.shelfwise.notifications.delivery;

import org.shelfwise.notifications.notices.NoticeKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A notice claimed for sending, with the current state of what it is about, read in the same statement that
 * claimed it: the hold or loan as circulation's events last told it, the book's title, the patron's address and
 * preferences ({@code emailKinds} and {@code digestKinds} null: none chosen, {@code recipientKnown} false: no patron
 * event yet). {@code digestId}: the digest a notice held for one was gathered into.
 */
record Claimed(UUID id, NoticeKind kind, UUID patronId, UUID copyId, LocalDate dueDate, Integer level,
               BigDecimal amount, int attempts, Instant createdAt, UUID digestId,
               String holdStatus, UUID holdCopyId, LocalDate pickupBy, String branch, String itemBarcode,
               LocalDate loanDueDate, boolean loanKnown, boolean loanReturned, String title,
               boolean recipientKnown, String email, String patronName, String patronBarcode,
               Set<String> emailKinds, Set<String> digestKinds, String language) {
}
