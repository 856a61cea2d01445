package org.shelfwise.events.circulation;

import java.time.Instant;
import java.util.UUID;

/** A copy on loan was returned. */
public record ItemCheckedIn(UUID loanId, UUID copyId, String itemBarcode, UUID bookId, UUID patronId,
                            Instant returnedAt) implements LoanEvent {
}
