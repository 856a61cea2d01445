package org.shelfwise.system.fuzz;

import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * One operation of a service's OpenAPI document: what the fuzzer needs to send it requests, right and wrong.
 *
 * @param service      the service whose document declares it ({@code catalog}, {@code patrons}, ...)
 * @param method       {@code GET}, {@code POST}, ...
 * @param path         the path template, e.g. {@code /api/books/{id}}
 * @param pathParams   the names of its path parameters
 * @param queryParams  its query parameters, each with its schema
 * @param headers      the names of the headers it declares (e.g. {@code If-Match})
 * @param contentTypes the media types of its request body, empty when it takes none
 * @param bodySchema   the body's schema with every {@code $ref} resolved, or null
 */
record Operation(String service, String method, String path, List<String> pathParams, List<Parameter> queryParams,
                 List<String> headers, List<String> contentTypes, JsonNode bodySchema) {

    /** A query parameter and its schema. */
    record Parameter(String name, JsonNode schema) {
    }

    boolean writes() {
        return !method.equals("GET");
    }

    boolean takesBody() {
        return !contentTypes.isEmpty();
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
