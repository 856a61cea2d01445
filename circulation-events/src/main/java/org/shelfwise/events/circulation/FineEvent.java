package org.shelfwise.events.circulation;

import org.shelfwise.platform.events.EventTypes;
import org.shelfwise.platform.events.PublishedEvent;

/** An event on circulation's fines topic, keyed by patron id so that a patron's balance changes arrive in order. */
public sealed interface FineEvent extends PublishedEvent permits FineCharged, FinePaid, FineWaived {

    String TOPIC = "shelfwise.circulation.fines";

    /** How a consumer reads the topic. */
    EventTypes<FineEvent> TYPES = EventTypes.of(FineCharged.class, FinePaid.class, FineWaived.class);
}
