package org.shelfwise.embedded.testing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one JSON-over-HTTP client of Shelfwise's tests, system driver and demo loader: a service on a port, or the
 * gateway at a base address; anonymous, with a fixed bearer token, or signed in as an account whose token is renewed
 * before it expires ({@link Session}). Immutable: {@link #header}, {@link #withToken} and the like return a copy, so
 * one client can be shared between threads and varied per request.
 */
public final class HttpJson {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    // a bound against a hang, not an expectation: an import run in the request (wait=true) took over a minute on a
    // loaded machine, and the gateway bounds every call through it far sooner
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final String base;
    private final Supplier<String> token;
    private final List<String> headers;

    public HttpJson(int port) {
        this(port, null);
    }

    /** Sends this bearer token with every request that does not name its own. */
    public HttpJson(int port, String accessToken) {
        this("http://127.0.0.1:" + port, accessToken == null ? null : () -> accessToken, List.of());
    }

    private HttpJson(String base, Supplier<String> token, List<String> headers) {
        this.base = base;
        this.token = token;
        this.headers = List.copyOf(headers);
    }

    /** An anonymous client of whatever serves {@code base}, e.g. {@code http://127.0.0.1:8080}. */
    public static HttpJson at(String base) {
        return new HttpJson(base, null, List.of());
    }

    /** The same client, signed in as {@code username} (through {@code /api/auth/token}), its token kept fresh. */
    public HttpJson signedInAs(String username, String password) {
        return signedIn(Session.signIn(base, username, password));
    }

    /** The same client, on behalf of whoever holds this session. */
    public HttpJson signedIn(Session session) {
        return new HttpJson(base, session::accessToken, headers);
    }

    /** The same client, sending this bearer token (or none, when null) with every request that names none. */
    public HttpJson withToken(String accessToken) {
        return new HttpJson(base, accessToken == null ? null : () -> accessToken, headers);
    }

    /** The same client, without a token. */
    public HttpJson anonymous() {
        return withToken(null);
    }

    /** The same client, adding this header to every request (If-Match, Idempotency-Key, X-Forwarded-For...). */
    public HttpJson header(String name, String value) {
        var more = new ArrayList<>(headers);
        more.add(name);
        more.add(value);
        return new HttpJson(base, token, more);
    }

    /** The access token this client sends (renewed first when it is about to expire); null when anonymous. */
    public String accessToken() {
        return token == null ? null : token.get();
    }

    /** The port of the service or gateway this client calls. */
    public int port() {
        return URI.create(base).getPort();
    }

    /** A response: status, headers, the body as text, and parsed (null when empty or not JSON). */
    public record Response(int status, HttpHeaders headers, String text, JsonNode body) {

        /** The response's Content-Type, or "" when it has none. */
        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        /** This header's first value, or null when the response has none. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String location() {
            return header("Location");
        }

        public String etag() {
            return header("ETag");
        }

        public String cacheControl() {
            return header("Cache-Control");
        }

        /** The instance that answered ({@code X-Served-By}), or "" when none says. */
        public String servedBy() {
            return headers.firstValue("X-Served-By").orElse("");
        }

        /** A text field of the body. */
        public String field(String name) {
            return body.get(name).asString();
        }

        /** The first field error of a problem detail, as {@code field:rule}. */
        public String firstError() {
            var error = body.get("errors").get(0);
            return error.get("field").asString() + ":" + error.get("rule").asString();
        }
    }

    public Response get(String path) {
        return send("GET", path, null, (String) null);
    }

    /** GETs with this bearer token (any string, to try a bad one), or none when {@code accessToken} is null. */
    public Response get(String path, String accessToken) {
        return withToken(accessToken).get(path);
    }

    public Response delete(String path) {
        return send("DELETE", path, null, (String) null);
    }

    /** DELETEs with this bearer token, or none when {@code accessToken} is null. */
    public Response delete(String path, String accessToken) {
        return withToken(accessToken).delete(path);
    }

    /** POSTs {@code body} as JSON, or no body at all when it is null. */
    public Response post(String path, String body) {
        return send("POST", path, "application/json", body);
    }

    /** POSTs JSON with this bearer token, or none when {@code accessToken} is null. */
    public Response post(String path, String body, String accessToken) {
        return withToken(accessToken).post(path, body);
    }

    public Response put(String path, String body) {
        return send("PUT", path, "application/json", body);
    }

    /** PUTs JSON with this bearer token, or none when {@code accessToken} is null. */
    public Response put(String path, String body, String accessToken) {
        return withToken(accessToken).put(path, body);
    }

    /** PATCHes with a JSON merge patch (RFC 7396). */
    public Response patch(String path, String body) {
        return send("PATCH", path, "application/merge-patch+json", body);
    }

    /** Any method, with a text body of this content type, or none when {@code body} is null. */
    public Response send(String method, String path, String contentType, String body) {
        return send(method, path, contentType,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    }

    /** Any method, with any body (a file, bytes) of this content type (none when null). */
    public Response send(String method, String path, String contentType, HttpRequest.BodyPublisher body) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (!headers.isEmpty()) {
            request.headers(headers.toArray(String[]::new));
        }
        String bearer = accessToken();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return exchange(request.build());
    }

    /** Sends one request as it is; an {@link IllegalStateException} when no answer came. */
    static Response exchange(HttpRequest request) {
        try {
            var response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body(),
                    parse(response.body(), response.headers().firstValue("Content-Type").orElse("")));
        } catch (IOException e) {
            // no answer (refused, reset, timed out): callers that drive a system under faults catch this and retry
            throw new IllegalStateException("no answer to " + request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** JSON when the response says so, or says nothing; a CSV export or a MARC file is left as text. */
    private static JsonNode parse(String text, String contentType) {
        boolean json = contentType.isEmpty() || contentType.contains("json");
        return json && text != null && !text.isBlank() ? JSON.readTree(text) : null;
    }
}
