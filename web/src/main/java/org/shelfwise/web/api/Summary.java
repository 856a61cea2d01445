package org.shelfwise.web.api;

import java.util.List;

/** The gateway's patron summary: the patron, open loans, waiting and ready holds, and what could not be read. */
public record Summary(Patron patron, List<Loan> loans, List<Hold> holds, List<String> unavailable) {

    public long countReady() {
        return holds == null ? 0 : holds.stream().filter(hold -> "READY".equals(hold.status())).count();
    }
}
