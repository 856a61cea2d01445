package org.shelfwise.notifications.replicas;

import org.junit.jupiter.api.Test;
import org.shelfwise.events.catalog.CopyAdded;
import org.shelfwise.events.catalog.CopyEvent;
import org.shelfwise.events.catalog.CopyMoved;
import org.shelfwise.platform.events.EventSamples;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications' side of its contract with the catalogue: a copy's branch, as the copy events the listener keeps it
 * from give it, and as a location names it when the catalogue records none.
 */
class CatalogEventsContractTest {

    @Test
    void takesTheBranchTheCatalogueGivesACopyAddedOrMoved() {
        var added = (CopyAdded) CopyEvent.TYPES.read("CopyAdded", EventSamples.of(CopyAdded.class)).orElseThrow();
        assertThat(CatalogEventsListener.branchOf(added.branch(), added.location())).isEqualTo("main");
        var moved = (CopyMoved) CopyEvent.TYPES.read("CopyMoved", EventSamples.of(CopyMoved.class)).orElseThrow();
        assertThat(CatalogEventsListener.branchOf(moved.branch(), moved.location())).isEqualTo("east");
    }

    @Test
    void fallsBackOnTheLocationsFirstPartOnlyWhenTheCatalogueRecordsNoBranch() {
        assertThat(CatalogEventsListener.branchOf(null, "Central / Fiction")).isEqualTo("Central");
        assertThat(CatalogEventsListener.branchOf(" ", "Central")).isEqualTo("Central");
        assertThat(CatalogEventsListener.branchOf("east", "Central / Fiction")).isEqualTo("east");
        assertThat(CatalogEventsListener.branchOf(null, null)).isNull();
    }
}
