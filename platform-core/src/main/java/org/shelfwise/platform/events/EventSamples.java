package org.shelfwise.platform.events;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The golden samples of a service's events: one payload per event type, committed in the producer's events module
 * beside the event's class ({@code ItemCheckedOut.json} next to {@code ItemCheckedOut}). They are the contract: the
 * producer's tests check that what it writes has a sample's shape, and each consumer's tests read every sample of
 * the events it consumes, so a change on either side that breaks the other fails its build.
 */
public final class EventSamples {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventSamples() {
    }

    /** The committed sample payload of this event type. */
    public static JsonNode of(Class<? extends PublishedEvent> type) {
        String name = PublishedEvent.typeOf(type) + ".json";
        try (InputStream in = type.getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError("no golden sample " + name + " beside " + type.getName());
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails unless {@code written} has the sample's shape: the same fields, each of the same JSON kind. */
    public static void assertSameShape(JsonNode sample, JsonNode written) {
        var differences = new ArrayList<String>();
        compare("", sample, written, differences);
        if (!differences.isEmpty()) {
            throw new AssertionError("not the shape of the golden sample:\n  " + String.join("\n  ", differences)
                    + "\nsample:  " + sample + "\nwritten: " + written);
        }
    }

    private static void compare(String path, JsonNode sample, JsonNode written, List<String> differences) {
        if (sample.isNull() || written.isNull()) {
            return; // a field that may be null: its presence is what counts
        }
        if (sample.getNodeType() != written.getNodeType()) {
            differences.add(path + ": " + sample.getNodeType() + " in the sample, " + written.getNodeType() + " written");
            return;
        }
        if (sample.isObject()) {
            sample.propertyNames().forEach(name -> {
                if (!written.has(name)) {
                    differences.add(path + "." + name + ": missing");
                } else {
                    compare(path + "." + name, sample.get(name), written.get(name), differences);
                }
            });
            written.propertyNames().forEach(name -> {
                if (!sample.has(name)) {
                    differences.add(path + "." + name + ": not in the sample (add it there: a new field is a new version)");
                }
            });
        } else if (sample.isArray() && !sample.isEmpty() && !written.isEmpty()) {
            compare(path + "[0]", sample.get(0), written.get(0), differences);
        }
    }
}
