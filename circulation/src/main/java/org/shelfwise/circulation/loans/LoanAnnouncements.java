package org.shelfwise.circulation.loans;

import org.shelfwise.circulation.Topics;
import org.shelfwise.events.circulation.ItemCheckedIn;
import org.shelfwise.events.circulation.ItemCheckedOut;
import org.shelfwise.events.circulation.ItemRenewed;
import org.shelfwise.platform.events.PublishedEvent;
import org.shelfwise.platform.outbox.Outbox;
import org.springframework.stereotype.Component;

/**
 * Publishes loan events through the outbox, keyed by copy id: the one place they become the published events,
 * circulation-events' records, each under its own class's name.
 */
@Component
class LoanAnnouncements {

    private final Outbox outbox;

    LoanAnnouncements(Outbox outbox) {
        this.outbox = outbox;
    }

    void publish(LoanEvent event) {
        outbox.add(Topics.LOANS, event.loan().copyId(), published(event));
    }

    /** The event other services read for this one. */
    static PublishedEvent published(LoanEvent event) {
        var loan = event.loan();
        return switch (event) {
            case LoanEvent.Lent _ -> new ItemCheckedOut(loan.id(), loan.copyId(), loan.itemBarcode(), loan.bookId(),
                    loan.patronId(), loan.patronBarcode(), loan.checkedOutAt(), loan.dueDate());
            case LoanEvent.Renewed _ -> new ItemRenewed(loan.id(), loan.copyId(), loan.itemBarcode(), loan.patronId(),
                    loan.dueDate(), loan.renewals());
            case LoanEvent.Returned _ -> new ItemCheckedIn(loan.id(), loan.copyId(), loan.itemBarcode(), loan.bookId(),
                    loan.patronId(), loan.returnedAt());
        };
    }
}
