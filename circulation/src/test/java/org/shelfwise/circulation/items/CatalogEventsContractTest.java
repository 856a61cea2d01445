package org.shelfwise.circulation.items;

import org.junit.jupiter.api.Test;
import org.shelfwise.events.catalog.CopyAdded;
import org.shelfwise.events.catalog.CopyEvent;
import org.shelfwise.events.catalog.CopyMoved;
import org.shelfwise.events.catalog.CopyRemoved;
import org.shelfwise.events.catalog.CopyUpdated;
import org.shelfwise.platform.events.EventSamples;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Circulation's side of its contract with the catalogue: the copy events its items listener acts on, as the
 * catalogue's golden samples have them, read as their types with each field it uses.
 */
class CatalogEventsContractTest {

    @Test
    void readsEveryFieldOfACopyAddedThatAnItemKeeps() {
        var added = (CopyAdded) CopyEvent.TYPES.read("CopyAdded", EventSamples.of(CopyAdded.class)).orElseThrow();
        assertThat(added.copyId()).isNotNull();
        assertThat(added.barcode()).isNotBlank();
        assertThat(added.bookId()).isNotNull();
        assertThat(added.title()).isNotBlank();
        assertThat(added.itemType()).isNotBlank();
        assertThat(added.branch()).isNotBlank();
    }

    @Test
    void readsTheBranchAndItemTypeOfACopyMovedOrUpdatedAtSchemaVersionTwo() {
        var moved = (CopyMoved) CopyEvent.TYPES.read("CopyMoved", EventSamples.of(CopyMoved.class)).orElseThrow();
        assertThat(moved.copyId()).isNotNull();
        assertThat(moved.itemType()).isNotBlank();
        assertThat(moved.branch()).isNotBlank();
        assertThat(moved.schemaVersion()).isEqualTo(2);
        var updated = (CopyUpdated) CopyEvent.TYPES.read("CopyUpdated", EventSamples.of(CopyUpdated.class)).orElseThrow();
        assertThat(updated.copyId()).isNotNull();
        assertThat(updated.itemType()).isNotBlank();
        assertThat(updated.branch()).isNotBlank();
        assertThat(updated.schemaVersion()).isEqualTo(2);
    }

    @Test
    void readsTheCopyOfACopyRemoved() {
        var removed = CopyEvent.TYPES.read("CopyRemoved", EventSamples.of(CopyRemoved.class)).orElseThrow();
        assertThat(removed).isInstanceOf(CopyRemoved.class);
        assertThat(removed.copyId()).isNotNull();
    }
}
