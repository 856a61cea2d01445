package org.shelfwise.platform.events;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The events a consumer reads from one topic, as types: it turns an envelope into its record, so that no consumer
 * reads a payload field by name. Fields a newer producer added are ignored, fields an older producer did not write
 * read as null, and an event of a type this consumer does not know (added since) reads as empty: the consumer passes
 * it over.
 *
 * @param <E> what the events have in common, e.g. a sealed interface of the topic's events
 */
public final class EventTypes<E extends PublishedEvent> {

    // a field a newer producer added is ignored; one an older producer did not yet write reads as null (0, false)
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Map<String, Class<? extends E>> byType;

    private EventTypes(Map<String, Class<? extends E>> byType) {
        this.byType = Map.copyOf(byType);
    }

    @SafeVarargs
    public static <E extends PublishedEvent> EventTypes<E> of(Class<? extends E>... types) {
        return new EventTypes<>(Arrays.stream(types)
                .collect(Collectors.toMap(PublishedEvent::typeOf, Function.identity())));
    }

    /** The event classes, for tests that go through every sample. */
    public Collection<Class<? extends E>> classes() {
        return byType.values();
    }

    /** Whether events of this type name are among these. */
    public boolean knows(String type) {
        return byType.containsKey(type);
    }

    /** The event in this envelope, or empty when its type is none of these. */
    public Optional<E> read(EventEnvelope envelope) {
        return read(envelope.type(), envelope.payload());
    }

    /** The event of this type with this payload, or empty when the type is none of these. */
    public Optional<E> read(String type, JsonNode payload) {
        var eventClass = byType.get(type);
        return eventClass == null ? Optional.empty() : Optional.of(JSON.treeToValue(payload, eventClass));
    }
}
