package org.shelfwise.catalog.books;

import org.junit.jupiter.api.Test;
import org.shelfwise.catalog.books.BookRequests.BookInput;
import org.shelfwise.events.catalog.BookAdded;
import org.shelfwise.events.catalog.BookUpdated;
import org.shelfwise.events.catalog.CopyMoved;
import org.shelfwise.events.catalog.CopyUpdated;
import org.shelfwise.platform.events.EventSamples;
import org.shelfwise.platform.web.Revision;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue's side of its contract: the events it makes from its model are catalog-events' records (whose
 * samples catalog-events holds), filled from the model's parts and written in their samples' shape.
 */
class CatalogEventsContractTest {

    final JsonMapper json = JsonMapper.builder().build();
    final Instant now = Instant.parse("2026-12-02T07:00:00Z");

    @Test
    void writesABooksWholeStateAsBookAddedAndBookUpdated() {
        var details = BookInput.simple("The Dispossessed", "An Ambiguous Utopia", List.of("Le Guin, Ursula K."),
                "9780060512750", "Harper & Row", 1974, "en", List.of("Utopias -- Fiction"), null, "First edition")
                .toDetails();
        var book = Book.catalogue(UUID.randomUUID(), details, now);

        var added = CatalogEvents.added(book);

        EventSamples.assertSameShape(EventSamples.of(BookAdded.class), json.valueToTree(added));
        EventSamples.assertSameShape(EventSamples.of(BookUpdated.class), json.valueToTree(CatalogEvents.updated(book)));
        assertThat(added.title()).isEqualTo("The Dispossessed");
        assertThat(added.isbns()).containsExactly("9780060512750");
        assertThat(added.contributors()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Le Guin, Ursula K.");
            assertThat(c.kind()).isEqualTo("PERSON");
        });
    }

    @Test
    void tellsACopyMovedFromACopyWhoseNoteChanged() {
        var copy = Copy.acquire(UUID.randomUUID(), UUID.randomUUID(), "C-000123",
                new Shelving("813.54 LEG", "Fiction", null, "main", "book"), now);
        var moved = copy.reshelve(new Shelving("813.54 LEG", "Fiction", null, "east", "book"), Revision.optional(null));
        var noted = copy.reshelve(new Shelving("813.54 LEG", "Fiction", "rebound", "main", "book-short"),
                Revision.optional(null));

        var movedEvent = CatalogEvents.reshelved(moved, copy.shelving());
        var notedEvent = CatalogEvents.reshelved(noted, copy.shelving());

        assertThat(movedEvent).as("another branch is another place").isInstanceOfSatisfying(CopyMoved.class, e -> {
            assertThat(e.branch()).isEqualTo("east");
            assertThat(e.itemType()).isEqualTo("book");
            assertThat(e.location()).isEqualTo("Fiction");
        });
        assertThat(notedEvent).isInstanceOfSatisfying(CopyUpdated.class, e -> {
            assertThat(e.note()).isEqualTo("rebound");
            assertThat(e.itemType()).isEqualTo("book-short");
            assertThat(e.branch()).isEqualTo("main");
        });
        EventSamples.assertSameShape(EventSamples.of(CopyMoved.class), json.valueToTree(movedEvent));
        EventSamples.assertSameShape(EventSamples.of(CopyUpdated.class), json.valueToTree(notedEvent));
    }
}
