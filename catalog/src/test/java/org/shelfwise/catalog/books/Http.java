package org.shelfwise.catalog.books;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** HTTP with the headers that conditional requests need (If-Match, ETag), for the catalogue's integration tests. */
final class Http {

    private static final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final String accessToken;

    /** Sends this bearer token with every request. */
    Http(int port, String accessToken) {
        this.base = "http://127.0.0.1:" + port;
        this.accessToken = accessToken;
    }

    record Response(int status, String etag, String cacheControl, JsonNode body) {
        String field(String name) {
            return body.get(name).asString();
        }

        String firstError() {
            return body.get("errors").get(0).get("field").asString() + ":" + body.get("errors").get(0).get("rule").asString();
        }
    }

    Response send(String method, String path, String contentType, String body, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Cache-Control").orElse(null), response.body() == null || response.body().isBlank() ? null : json.readTree(response.body()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Response get(String path) {
        return send("GET", path, null, null);
    }

    Response post(String path, String body) {
        return send("POST", path, "application/json", body);
    }

    Response put(String path, String body, String... headers) {
        return send("PUT", path, "application/json", body, headers);
    }

    Response patch(String path, String body, String... headers) {
        return send("PATCH", path, "application/merge-patch+json", body, headers);
    }

    Response delete(String path, String... headers) {
        return send("DELETE", path, null, null, headers);
    }
}
