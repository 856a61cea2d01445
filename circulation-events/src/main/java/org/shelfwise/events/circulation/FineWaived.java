package org.shelfwise.events.circulation;

import java.math.BigDecimal;
import java.util.UUID;

/** Part or all of a fine was waived, for {@code reason}. */
public record FineWaived(UUID fineId, UUID loanId, UUID patronId, BigDecimal amount, BigDecimal outstanding,
                 BigDecimal settled, String reason) implements FineEvent {
}
