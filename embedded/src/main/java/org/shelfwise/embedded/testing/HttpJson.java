package org.shelfwise.embedded.testing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A tiny JSON-over-HTTP client for driving a running service in integration tests. */
public final class HttpJson {

    private static final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final String accessToken;

    public HttpJson(int port) {
        this(port, null);
    }

    /** Sends this bearer token with every request that does not name its own. */
    public HttpJson(int port, String accessToken) {
        this.base = "http://127.0.0.1:" + port;
        this.accessToken = accessToken;
    }

    /** A response: status, content type and parsed body (null when empty). */
    public record Response(int status, String contentType, JsonNode body) {
    }

    public Response get(String path) {
        return send(authorized(HttpRequest.newBuilder(URI.create(base + path)).GET(), accessToken));
    }

    /** GETs with this bearer token, or none when {@code accessToken} is null. */
    public Response get(String path, String accessToken) {
        return send(authorized(HttpRequest.newBuilder(URI.create(base + path)).GET(), accessToken));
    }

    public Response delete(String path) {
        return send(authorized(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), accessToken));
    }

    /** DELETEs with this bearer token, or none when {@code accessToken} is null. */
    public Response delete(String path, String accessToken) {
        return send(authorized(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), accessToken));
    }

    public Response post(String path, String body) {
        return post(path, body, accessToken);
    }

    /** POSTs JSON with this bearer token, or none when {@code accessToken} is null. */
    public Response post(String path, String body, String accessToken) {
        return send(authorized(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), accessToken));
    }

    /** PUTs JSON with a bearer token, or none when {@code accessToken} is null. */
    public Response put(String path, String body, String accessToken) {
        return send(authorized(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)), accessToken));
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String accessToken) {
        return accessToken == null ? request : request.header("Authorization", "Bearer " + accessToken);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    body == null || body.isBlank() ? null : json.readTree(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
