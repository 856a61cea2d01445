package org.shelfwise.circulation.loans;

import org.shelfwise.circulation.Topics;
import org.shelfwise.platform.outbox.Outbox;
import org.springframework.stereotype.Component;

/** Publishes loan events through the outbox, keyed by copy id: the one place they become the published events. */
@Component
class LoanAnnouncements {

    private final Outbox outbox;

    LoanAnnouncements(Outbox outbox) {
        this.outbox = outbox;
    }

    void publish(LoanEvent event) {
        var loan = event.loan();
        switch (event) {
            case LoanEvent.Lent lent ->
                    outbox.add(Topics.LOANS, loan.copyId(), "ItemCheckedOut", LoanEvents.ItemCheckedOut.of(loan));
            case LoanEvent.Renewed renewed ->
                    outbox.add(Topics.LOANS, loan.copyId(), "ItemRenewed", LoanEvents.ItemRenewed.of(loan));
            case LoanEvent.Returned returned ->
                    outbox.add(Topics.LOANS, loan.copyId(), "ItemCheckedIn", LoanEvents.ItemCheckedIn.of(loan));
        }
    }
}
