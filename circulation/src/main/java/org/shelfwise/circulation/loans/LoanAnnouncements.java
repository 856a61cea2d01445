package org.shelfwise.circulation.loans;

import org.shelfwise.circulation.Topics;
import org.shelfwise.circulation.policies.LoanPolicy;
import org.shelfwise.circulation.policies.Policies;
import org.shelfwise.events.circulation.ItemCheckedIn;
import org.shelfwise.events.circulation.ItemCheckedOut;
import org.shelfwise.events.circulation.ItemRenewed;
import org.shelfwise.platform.events.PublishedEvent;
import org.shelfwise.platform.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Publishes loan events through the outbox, keyed by copy id: the one place they become the published events,
 * circulation-events' records, each under its own class's name.
 */
@Component
class LoanAnnouncements {

    private final Outbox outbox;
    private final Policies policies;

    LoanAnnouncements(Outbox outbox, Policies policies) {
        this.outbox = outbox;
        this.policies = policies;
    }

    void publish(LoanEvent event) {
        String policyId = event.loan().policyId();
        var policy = policyId == null ? null : policies.findKept(policyId).orElse(null);
        outbox.add(Topics.LOANS, event.loan().copyId(), published(event, policy));
    }

    /**
     * The event other services read for this one; a loan lent or renewed carries its policy's notice settings (none
     * when {@code policy} is null), for the notices service.
     */
    static PublishedEvent published(LoanEvent event, LoanPolicy policy) {
        var loan = event.loan();
        Integer dueSoonDays = policy == null ? null : policy.dueSoonDays();
        List<Integer> overdueNoticeDays = policy == null ? null : policy.overdueNoticeDays();
        return switch (event) {
            case LoanEvent.Lent _ -> new ItemCheckedOut(loan.id(), loan.copyId(), loan.itemBarcode(), loan.bookId(),
                    loan.patronId(), loan.patronBarcode(), loan.checkedOutAt(), loan.dueDate(), dueSoonDays,
                    overdueNoticeDays);
            case LoanEvent.Renewed _ -> new ItemRenewed(loan.id(), loan.copyId(), loan.itemBarcode(), loan.patronId(),
                    loan.dueDate(), loan.renewals(), dueSoonDays, overdueNoticeDays);
            case LoanEvent.Returned _ -> new ItemCheckedIn(loan.id(), loan.copyId(), loan.itemBarcode(), loan.bookId(),
                    loan.patronId(), loan.returnedAt());
        };
    }
}
