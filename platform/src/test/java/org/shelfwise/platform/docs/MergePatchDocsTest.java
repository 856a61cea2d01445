package org.shelfwise.platform.docs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MergePatchDocsTest {

    private static RequestBody body(String contentType, String schema) {
        return new RequestBody().content(new Content().addMediaType(contentType,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schema))));
    }

    @Test
    void documentsAPatchAsAMergePatchOfThePutsFields() {
        var book = new Schema<>().addProperty("title", new StringSchema()).addProperty("isbn", new StringSchema());
        book.setRequired(List.of("title", "isbn"));
        var openApi = new OpenAPI().components(new Components().addSchemas("BookInput", book)
                        .addSchemas("JsonNode", new Schema<>()))
                .paths(new Paths().addPathItem("/api/books/{id}", new PathItem()
                        .put(new Operation().requestBody(body("application/json", "BookInput")))
                        .patch(new Operation().requestBody(body("application/json", "JsonNode")))));

        new MergePatchDocs().customise(openApi);

        var patch = openApi.getPaths().get("/api/books/{id}").getPatch().getRequestBody().getContent();
        assertThat(patch).containsOnlyKeys("application/merge-patch+json");
        assertThat(patch.get("application/merge-patch+json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/BookInputPatch");
        var schema = openApi.getComponents().getSchemas().get("BookInputPatch");
        assertThat(schema.getProperties()).containsOnlyKeys("title", "isbn");
        assertThat(schema.getRequired()).isNullOrEmpty();
        assertThat(openApi.getComponents().getSchemas()).doesNotContainKey("JsonNode");
    }
}
