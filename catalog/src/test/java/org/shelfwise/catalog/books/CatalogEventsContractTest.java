package org.shelfwise.catalog.books;

import org.junit.jupiter.api.Test;
import org.shelfwise.catalog.books.CatalogEvents.BookState;
import org.shelfwise.catalog.books.CatalogEvents.CopyShelved;
import org.shelfwise.events.catalog.BookAdded;
import org.shelfwise.events.catalog.BookUpdated;
import org.shelfwise.events.catalog.CopyMoved;
import org.shelfwise.events.catalog.CopyUpdated;
import org.shelfwise.platform.events.EventSamples;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.UUID;

/**
 * The catalogue's side of its contract: the payloads it publishes under more than one type (the others are
 * catalog-events' records themselves) are written in the shape of catalog-events' golden samples.
 */
class CatalogEventsContractTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void writesABooksWholeStateInTheShapeOfBookAddedAndBookUpdated() {
        var state = new BookState(UUID.randomUUID(), "The Dispossessed", "An Ambiguous Utopia",
                List.of("Le Guin, Ursula K."), "9780060512750", "Harper & Row", 1974, "en",
                List.of("Utopias -- Fiction"), "First edition", 0, "BOOK",
                List.of(new Contributor("Le Guin, Ursula K.", Contributor.Kind.PERSON, List.of("author"), "Ле Гуин")),
                List.of("9780060512750"), "ocm00812345");
        EventSamples.assertSameShape(EventSamples.of(BookAdded.class), json.valueToTree(state));
        EventSamples.assertSameShape(EventSamples.of(BookUpdated.class), json.valueToTree(state));
    }

    @Test
    void writesAReshelvedCopyInTheShapeOfCopyUpdatedAndCopyMoved() {
        var shelved = new CopyShelved(UUID.randomUUID(), "C-000123", UUID.randomUUID(), "813.54 LEG",
                "East branch / Fiction", "rebound", "813.54 LEG", "Main branch / Fiction", 2);
        EventSamples.assertSameShape(EventSamples.of(CopyUpdated.class), json.valueToTree(shelved));
        EventSamples.assertSameShape(EventSamples.of(CopyMoved.class), json.valueToTree(shelved));
    }
}
