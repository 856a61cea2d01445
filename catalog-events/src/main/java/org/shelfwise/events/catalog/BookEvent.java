package org.shelfwise.events.catalog;

import org.shelfwise.platform.events.EventTypes;
import org.shelfwise.platform.events.PublishedEvent;

import java.util.UUID;

/** An event on the catalogue's books topic, keyed by book id. */
public sealed interface BookEvent extends PublishedEvent permits BookAdded, BookUpdated, BookRemoved {

    String TOPIC = "shelfwise.catalog.books";

    /** How a consumer reads the topic. */
    EventTypes<BookEvent> TYPES = EventTypes.of(BookAdded.class, BookUpdated.class, BookRemoved.class);

    UUID bookId();
}
