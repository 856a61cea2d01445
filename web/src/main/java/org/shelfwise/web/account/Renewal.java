package org.shelfwise.web.account;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What became of one loan's renewal, shown beside the loan: renewed until {@code dueDate}, or refused and why.
 *
 * @param refusal the refusal in words, null when renewed
 */
public record Renewal(UUID loanId, String title, LocalDate dueDate, String refusal) implements Serializable {

    public boolean renewed() {
        return refusal == null;
    }
}
