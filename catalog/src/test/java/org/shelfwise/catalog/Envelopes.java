package org.shelfwise.catalog;

import java.util.UUID;

/** Event envelopes as another service's outbox would publish them, for tests that feed the catalog's listeners. */
public final class Envelopes {

    private Envelopes() {
    }

    public static String envelope(UUID id, String type, String aggregateId, String payload) {
        return "{\"id\":\"%s\",\"type\":\"%s\",\"aggregateId\":\"%s\",\"occurredAt\":\"2030-01-10T10:00:00Z\",\"payload\":%s}"
                .formatted(id, type, aggregateId, payload);
    }
}
