package org.shelfwise.events.catalog;

import java.util.UUID;

/** A bibliographic record left the catalogue (its copies' removals come first). */
public record BookRemoved(UUID bookId) implements BookEvent {
}
