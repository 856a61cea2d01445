package org.shelfwise.events.circulation;

import org.shelfwise.platform.events.EventTypes;
import org.shelfwise.platform.events.PublishedEvent;

import java.util.UUID;

/** An event on circulation's loans topic, keyed by copy id so that each copy's events stay in order. */
public sealed interface LoanEvent extends PublishedEvent permits ItemCheckedOut, ItemRenewed, ItemCheckedIn, ItemOverdue {

    String TOPIC = "shelfwise.circulation.loans";

    /** How a consumer reads the topic. */
    EventTypes<LoanEvent> TYPES = EventTypes.of(ItemCheckedOut.class, ItemRenewed.class, ItemCheckedIn.class,
            ItemOverdue.class);

    /** The copy lent, renewed, returned or overdue. */
    UUID copyId();
}
