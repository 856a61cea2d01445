package org.shelfwise.platform.outbox;

import org.junit.jupiter.api.Test;
import org.shelfwise.platform.events.PublishedEvent;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxTest {

    record ShelfDusted(String shelf) implements PublishedEvent {
    }

    // nothing is written: the refusal comes first (no database is needed to see it)
    final Outbox outbox = new Outbox(null, JsonMapper.builder().build(), Clock.systemUTC(), null);

    @Test
    void refusesToPublishAnEventUnderAnotherNameThanItsClasss() {
        assertThatThrownBy(() -> outbox.add("shelves", "s1", "ShelfCleaned", new ShelfDusted("A1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a ShelfDusted cannot be published as ShelfCleaned");
    }
}
