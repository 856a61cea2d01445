package org.shelfwise.events.circulation;

import java.math.BigDecimal;
import java.util.UUID;

/** Part or all of a fine was paid: {@code settled} of it, leaving {@code outstanding}. */
public record FinePaid(UUID fineId, UUID loanId, UUID patronId, BigDecimal amount, BigDecimal outstanding,
                 BigDecimal settled, String reason) implements FineEvent {
}
