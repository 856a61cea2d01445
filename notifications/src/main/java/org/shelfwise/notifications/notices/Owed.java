package org.shelfwise.notifications.notices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A notice owed to a patron, before it is sent. {@code dedupeKey} names what it is about (the event, or the loan and
 * its due date), so that owing it again changes nothing.
 */
record Owed(NoticeKind kind, String dedupeKey, UUID patronId, UUID holdId, UUID loanId, UUID copyId,
            LocalDate dueDate, Integer level, BigDecimal amount) {

    static Owed aboutHold(NoticeKind kind, UUID eventId, UUID patronId, UUID holdId, UUID copyId) {
        return new Owed(kind, kind + ":" + holdId + ":" + eventId, patronId, holdId, null, copyId, null, null, null);
    }

    static Owed aboutLoan(NoticeKind kind, String dedupeKey, UUID patronId, UUID loanId, LocalDate dueDate,
                          Integer level) {
        return new Owed(kind, dedupeKey, patronId, null, loanId, null, dueDate, level, null);
    }
}
