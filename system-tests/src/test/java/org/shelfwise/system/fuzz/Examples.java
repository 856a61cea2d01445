package org.shelfwise.system.fuzz;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.UUID;

/**
 * A plausible value for every schema, so that one wrong field in an otherwise good body gets past the others and
 * reaches the rule under test. Known names get values the running system knows (a demo copy's barcode, a demo
 * patron's card); the rest get a value of the schema's type.
 */
final class Examples {

    private static final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final Map<String, String> known;

    /** {@code known}: values by property or parameter name, e.g. {@code itemBarcode -> 31234000000016}. */
    Examples(Map<String, String> known) {
        this.known = Map.copyOf(known);
    }

    JsonNode body(JsonNode schema) {
        return value("body", schema, 0);
    }

    String text(String name) {
        return known.getOrDefault(name, "fuzz-" + name.toLowerCase().replaceAll("[^a-z0-9]", ""));
    }

    private JsonNode value(String name, JsonNode schema, int depth) {
        if (schema == null || schema.isMissingNode() || depth > 4) {
            return nodes.stringNode(text(name));
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asString("object");
        return switch (type) {
            case "string" -> nodes.stringNode(string(name, schema));
            case "integer" -> nodes.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
            case "number" -> nodes.numberNode(1);
            case "boolean" -> nodes.booleanNode(false);
            case "array" -> nodes.arrayNode().add(value(name, schema.path("items"), depth + 1));
            default -> object(schema, depth);
        };
    }

    private String string(String name, JsonNode schema) {
        if (known.containsKey(name)) {
            return known.get(name);
        }
        return switch (schema.path("format").asString("")) {
            case "date" -> "2031-01-06";
            case "date-time" -> "2031-01-06T10:00:00Z";
            case "uuid" -> UUID.randomUUID().toString();
            case "email" -> "fuzz-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            default -> text(name);
        };
    }

    private ObjectNode object(JsonNode schema, int depth) {
        var object = nodes.objectNode();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            if (!property.getValue().path("readOnly").asBoolean(false)) {
                object.set(property.getKey(), value(property.getKey(), property.getValue(), depth + 1));
            }
        }
        return object;
    }
}
