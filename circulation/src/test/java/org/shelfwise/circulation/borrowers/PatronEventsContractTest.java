package org.shelfwise.circulation.borrowers;

import org.junit.jupiter.api.Test;
import org.shelfwise.events.patrons.CategoryChanged;
import org.shelfwise.events.patrons.PatronEvent;
import org.shelfwise.events.patrons.PatronRegistered;
import org.shelfwise.events.patrons.PatronUpdated;
import org.shelfwise.platform.events.EventSamples;
import org.shelfwise.platform.events.PublishedEvent;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Circulation's side of its contract with the patrons service: the patron and category events its borrowers keep,
 * as the patrons service's golden samples have them, read as their types with each field it uses.
 */
class PatronEventsContractTest {

    @Test
    void readsAPatronsWholeStandingFromEitherPatronEvent() {
        for (Class<? extends PatronEvent> type : List.of(PatronRegistered.class, PatronUpdated.class)) {
            var patron = PatronEvent.TYPES.read(PublishedEvent.typeOf(type), EventSamples.of(type)).orElseThrow();
            assertThat(patron).isInstanceOf(type);
            assertThat(patron.patronId()).isNotNull();
            assertThat(patron.barcode()).isNotBlank();
            assertThat(patron.name()).isNotBlank();
            assertThat(patron.status()).isIn("ACTIVE", "BLOCKED");
            assertThat(patron.category()).isNotBlank();
            assertThat(patron.cardExpiresOn()).isNotNull();
            assertThat(patron.blockedReason()).isNotBlank();
        }
    }

    @Test
    void readsACategorysLimits() {
        var category = CategoryChanged.TYPES.read("CategoryChanged", EventSamples.of(CategoryChanged.class))
                .orElseThrow();
        assertThat(category.code()).isNotBlank();
        assertThat(category.maxOpenLoans()).isNotNull();
        assertThat(category.maxHolds()).isNotNull();
        assertThat(category.maxFineBalance()).isNotNull();
    }
}
