package org.shelfwise.system.fuzz;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the operations out of an OpenAPI 3 document, with the request bodies' {@code $ref}s resolved. */
final class OpenApiOperations {

    private OpenApiOperations() {
    }

    static List<Operation> of(String service, JsonNode document) {
        var operations = new ArrayList<Operation>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                operations.add(operation(service, path.getKey(), method.getKey().toUpperCase(), method.getValue(),
                        document));
            }
        }
        return operations;
    }

    private static Operation operation(String service, String path, String method, JsonNode op, JsonNode document) {
        var pathParams = new ArrayList<String>();
        var query = new ArrayList<Operation.Parameter>();
        var headers = new ArrayList<String>();
        for (JsonNode parameter : op.path("parameters")) {
            String name = parameter.get("name").asString();
            switch (parameter.get("in").asString()) {
                case "path" -> pathParams.add(name);
                case "query" -> query.add(new Operation.Parameter(name, resolve(parameter.path("schema"), document, 0)));
                case "header" -> headers.add(name);
                default -> { }
            }
        }
        var contentTypes = new ArrayList<String>();
        JsonNode schema = null;
        for (Map.Entry<String, JsonNode> content : op.path("requestBody").path("content").properties()) {
            contentTypes.add(content.getKey());
            if (schema == null) {
                schema = resolve(content.getValue().path("schema"), document, 0);
            }
        }
        return new Operation(service, method, path, pathParams, query, headers, contentTypes, schema);
    }

    /** {@code schema} with every {@code $ref} replaced by what it names, a few levels deep. */
    static JsonNode resolve(JsonNode schema, JsonNode document, int depth) {
        if (schema == null || !schema.isObject() || depth > 6) {
            return schema;
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            return resolve(document.path("components").path("schemas").path(name), document, depth + 1);
        }
        var copy = ((ObjectNode) schema).deepCopy();
        for (String member : List.of("items", "additionalProperties")) {
            if (copy.has(member)) {
                copy.set(member, resolve(copy.get(member), document, depth + 1));
            }
        }
        if (copy.has("properties")) {
            var properties = (ObjectNode) copy.get("properties");
            for (String name : List.copyOf(properties.propertyNames())) {
                properties.set(name, resolve(properties.get(name), document, depth + 1));
            }
        }
        return copy;
    }
}
