package org.shelfwise.circulation.loans;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies the desk's refusals: each refusal is thrown, unless a librarian overrides refusals with a reason and
 * this one may be overridden; then it is noted, to be recorded with the loan.
 */
final class Guard {

    private final DeskRequests.Override override;
    private final List<LoanRefusal.Reason> overridden = new ArrayList<>();

    Guard(DeskRequests.Override override) {
        this.override = override;
    }

    void refuse(LoanRefusal refusal) {
        if (override == null || !refusal.reason().overridable()) {
            throw refusal;
        }
        overridden.add(refusal.reason());
    }

    List<LoanRefusal.Reason> overridden() {
        return List.copyOf(overridden);
    }

    DeskRequests.Override override() {
        return override;
    }
}
