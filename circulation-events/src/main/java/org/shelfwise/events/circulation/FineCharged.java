package org.shelfwise.events.circulation;

import java.math.BigDecimal;
import java.util.UUID;

/** A fine was charged for a loan; {@code settled} and {@code reason} are null. */
public record FineCharged(UUID fineId, UUID loanId, UUID patronId, BigDecimal amount, BigDecimal outstanding,
                 BigDecimal settled, String reason) implements FineEvent {
}
