package org.shelfwise.driver;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A JSON client for the public API at the gateway: anonymous, or signed in, when every request carries the
 * session's access token.
 */
public final class Gateway {

    private static final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Session session;

    /** An anonymous client: no token, as a visitor to the catalogue. */
    public Gateway(String base) {
        this(base, null);
    }

    private Gateway(String base, Session session) {
        this.base = base;
        this.session = session;
    }

    /** The same gateway, called on behalf of {@code username}, signed in with {@code password}. */
    public Gateway signedInAs(String username, String password) {
        return new Gateway(base, Session.signIn(base, username, password));
    }

    /** The same gateway, called without a token. */
    public Gateway anonymous() {
        return new Gateway(base, null);
    }

    /** The access token this client sends (renewed when about to expire); fails for an anonymous client. */
    public String accessToken() {
        if (session == null) {
            throw new IllegalStateException("an anonymous client has no token");
        }
        return session.accessToken();
    }

    /** A response: status, content type, the instance that served it, and its parsed body (null when empty). */
    public record Response(int status, String contentType, String servedBy, JsonNode body) {
        public String text(String field) {
            return body.get(field).asString();
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    public Response post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A POST that carries an {@code Idempotency-Key}: repeated with the same key, it takes effect at most once. */
    public Response post(String path, String body, String idempotencyKey) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A request with a JSON body on behalf of whoever holds {@code accessToken}. */
    public Response sendAs(String accessToken, String method, String path, String body) {
        return exchange(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + accessToken)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A GET on behalf of whoever holds {@code accessToken} (any string, to try a bad one). */
    public Response getAs(String accessToken, String path) {
        return exchange(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + accessToken)
                .GET());
    }

    private Response send(HttpRequest.Builder request) {
        if (session != null) {
            request.header("Authorization", "Bearer " + session.accessToken());
        }
        return exchange(request);
    }

    private Response exchange(HttpRequest.Builder request) {
        try {
            var response = client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("X-Served-By").orElse(""),
                    body == null || body.isBlank() ? null : json.readTree(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
