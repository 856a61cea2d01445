package org.shelfwise.platform.docs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Documents each PATCH body as the JSON merge patch (RFC 7386) it is: an object of the fields the PUT on the same
 * path takes, none required, {@code null} removing one, sent as {@code application/merge-patch+json}. A controller
 * reads a merge patch as a JSON tree, which springdoc would otherwise publish as Jackson's {@code JsonNode}.
 */
public class MergePatchDocs implements OpenApiCustomizer {

    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String COMPONENTS = "#/components/schemas/";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null || openApi.getComponents() == null
                || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        for (PathItem path : openApi.getPaths().values()) {
            Schema<?> replaced = bodySchema(path.getPut());
            if (path.getPatch() == null || path.getPatch().getRequestBody() == null || replaced == null
                    || replaced.get$ref() == null) {
                continue;
            }
            String name = replaced.get$ref().substring(COMPONENTS.length());
            Schema<?> whole = schemas.get(name);
            if (whole == null) {
                continue;
            }
            schemas.putIfAbsent(name + "Patch", patchOf(name, whole));
            var patch = new MediaType().schema(new Schema<>().$ref(COMPONENTS + name + "Patch"));
            path.getPatch().getRequestBody().content(new Content().addMediaType(MERGE_PATCH, patch));
        }
        boolean jsonNodeUsed = openApi.getPaths().values().stream()
                .flatMap(path -> path.readOperations().stream())
                .anyMatch(operation -> String.valueOf(bodySchema(operation)).contains(COMPONENTS + "JsonNode"));
        if (!jsonNodeUsed) {
            schemas.remove("JsonNode");
        }
    }

    private static Schema<?> bodySchema(Operation operation) {
        if (operation == null || operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        return operation.getRequestBody().getContent().values().stream().map(MediaType::getSchema)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> patchOf(String name, Schema<?> whole) {
        var properties = new LinkedHashMap<String, Schema>();
        if (whole.getProperties() != null) {
            whole.getProperties().forEach((property, schema) -> properties.put(property, schema));
        }
        var patch = new Schema<>();
        patch.setType("object");
        patch.setTypes(Set.of("object"));
        patch.setProperties(properties);
        patch.setDescription("A JSON merge patch (RFC 7386) of " + name + ": the fields to change, each as in "
                + name + "; a field set to null is removed, a field left out is kept.");
        return patch;
    }
}
