package org.shelfwise.web.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A patron's fines and what they owe in all. */
public record FineAccount(List<Fine> fines, BigDecimal balance) {

    /** One fine. */
    public record Fine(UUID id, UUID loanId, BigDecimal amount, BigDecimal paid, BigDecimal waived, BigDecimal outstanding) {

        public boolean isOpen() {
            return outstanding != null && outstanding.signum() > 0;
        }
    }
}
