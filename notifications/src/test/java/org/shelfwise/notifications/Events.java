package org.shelfwise.notifications;

import org.shelfwise.platform.events.EventEnvelope;
import org.shelfwise.platform.events.PublishedEvent;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Publishes events as the other services' outboxes would, for tests that feed this service's listeners. */
public record Events(KafkaTemplate<String, String> kafka) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Publishes the event in a new envelope; returns the envelope, to deliver it again. */
    public String publish(String topic, String key, PublishedEvent event) throws Exception {
        String envelope = JSON.writeValueAsString(new EventEnvelope(UUID.randomUUID(), event.type(), key, Instant.now(),
                JSON.valueToTree(event), event.schemaVersion(), Map.of()));
        deliver(topic, key, envelope);
        return envelope;
    }

    public void deliver(String topic, String key, String envelope) throws Exception {
        kafka.send(topic, key, envelope).get();
    }
}
