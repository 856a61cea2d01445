package org.shelfwise.web.checkout;

import java.math.BigDecimal;
import java.util.List;

import org.shelfwise.web.api.Category;
import org.shelfwise.web.api.Patron;

/**
 * What the desk must see of a patron before lending: who they are, their card, blocks, fines, loans and holds.
 * A part the system could not read this time is null, and named in {@code unavailable}.
 */
public record Standing(Patron patron, Category category, Integer loansOpen, Long holdsReady, BigDecimal finesOwed,
                       List<String> unavailable) {

    public Integer getLoansAllowed() {
        return category == null ? null : category.maxOpenLoans();
    }

    public String getCategoryName() {
        return category == null ? patron.category() : category.name();
    }
}
