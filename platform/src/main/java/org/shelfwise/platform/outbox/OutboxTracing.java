package org.shelfwise.platform.outbox;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Carries the trace through the outbox. The relay sends an event after its request has ended, so {@link Outbox}
 * keeps the context of the transaction that adds it (the tracer's own propagation fields), and {@link OutboxRelay}
 * sends it inside an observation continued from that context: Kafka's producer observation, a child of it, then
 * writes the same trace into the record's {@code traceparent} header, and the consumer's listener observation
 * continues it from there.
 */
public class OutboxTracing {

    private static final String OBSERVATION = "shelfwise.outbox.relay";

    private final Tracer tracer;
    private final Propagator propagator;
    private final ObservationRegistry observations;

    /** With the no-op tracer events carry no context; with the no-op registry they are sent unobserved. */
    public OutboxTracing(Tracer tracer, Propagator propagator, ObservationRegistry observations) {
        this.tracer = tracer;
        this.propagator = propagator;
        this.observations = observations;
    }

    /** The current trace context as propagation fields, e.g. {@code traceparent}; empty outside any trace. */
    Map<String, String> current() {
        var context = tracer.currentTraceContext().context();
        if (context == null) {
            return Map.of();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        propagator.inject(context, fields, Map::put);
        return fields;
    }

    /**
     * Runs {@code send} for a run of {@code events} events added in one trace context (empty: outside any trace), in
     * one observation ("outbox relay") continued from it, or starting a trace of its own; {@code send} gets the
     * observation's propagation fields, for each record's headers. The observation ends when the broker has
     * acknowledged every record, or refused one.
     */
    CompletableFuture<Void> relay(List<String> topics, Map<String, String> traceContext, int events,
                                  Function<Map<String, String>, CompletableFuture<Void>> send) {
        String destination = String.join(",", topics);
        var context = new ReceiverContext<Map<String, String>>(Map::get);
        context.setCarrier(traceContext);
        Observation observation = Observation.createNotStarted(OBSERVATION, () -> context, observations)
                .parentObservation(null)
                .contextualName("outbox relay " + destination)
                .lowCardinalityKeyValue("messaging.destination.name", destination)
                .highCardinalityKeyValue("messaging.batch.message_count", Integer.toString(events));
        return within(observation, () -> send.apply(current()));
    }

    /**
     * Runs {@code send} in an observation ("outbox relay") continued from the event's trace context, or starting a
     * trace of its own when the event has none; the observation ends when the broker acknowledges or refuses it.
     */
    <T> CompletableFuture<T> relay(String topic, OutboxRelay.Relayed event, Supplier<CompletableFuture<T>> send) {
        var context = new ReceiverContext<Map<String, String>>(Map::get);
        context.setCarrier(event.traceContext() == null ? Map.of() : event.traceContext());
        Observation observation = Observation.createNotStarted(OBSERVATION, () -> context, observations)
                // the relay's own polling is not what the event belongs to
                .parentObservation(null)
                .contextualName("outbox relay " + topic)
                .lowCardinalityKeyValue("messaging.destination.name", topic)
                .highCardinalityKeyValue("shelfwise.event.id", event.id().toString())
                .highCardinalityKeyValue("shelfwise.event.type", event.type());
        return within(observation, send);
    }

    /** Starts {@code observation}, runs {@code send} in its scope, and stops it when the send completes or fails. */
    private static <T> CompletableFuture<T> within(Observation observation, Supplier<CompletableFuture<T>> send) {
        observation.start();
        try (var scope = observation.openScope()) {
            return send.get().whenComplete((result, failure) -> {
                if (failure != null) {
                    observation.error(failure);
                }
                observation.stop();
            });
        } catch (RuntimeException e) {
            observation.error(e);
            observation.stop();
            throw e;
        }
    }
}
