package org.shelfwise.patrons.patrons;

import org.junit.jupiter.api.Test;
import org.shelfwise.events.patrons.PatronRegistered;
import org.shelfwise.events.patrons.PatronUpdated;
import org.shelfwise.platform.events.EventSamples;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patrons service's side of its contract: a patron is published as patrons-events' {@code PatronRegistered} and
 * {@code PatronUpdated}, in the shape of their golden samples, with every field of its state as it was published
 * before those types existed.
 */
class PatronEventsContractTest {

    final JsonMapper json = JsonMapper.builder().build();
    final PatronChanged changed = new PatronChanged(UUID.randomUUID(), "P-000042", "Ursula Le Guin",
            "ursula@example.org", "adult", LocalDate.of(2027, 3, 2), "BLOCKED", "lost card reported");

    @Test
    void publishesAPatronsWholeStateAsBothPatronEvents() {
        EventSamples.assertSameShape(EventSamples.of(PatronRegistered.class), json.valueToTree(changed.registered()));
        EventSamples.assertSameShape(EventSamples.of(PatronUpdated.class), json.valueToTree(changed.updated()));
        assertThat(json.<JsonNode>valueToTree(changed.registered())).isEqualTo(json.valueToTree(changed));
        assertThat(json.<JsonNode>valueToTree(changed.updated())).isEqualTo(json.valueToTree(changed));
    }
}
