package org.shelfwise.patrons;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP against the running service, so that tests send exactly the bytes a client would. */
public final class Api {

    /** A response with its body parsed as JSON ({@code null} when empty). */
    public record Response(int status, String contentType, String location, JsonNode body,
                           java.net.http.HttpHeaders headers) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final JsonMapper json;
    private final String accessToken;
    private final String forwardedFor;

    public Api(int port, JsonMapper json) {
        this(port, json, null, null);
    }

    private Api(int port, JsonMapper json, String accessToken, String forwardedFor) {
        this.base = "http://127.0.0.1:" + port;
        this.json = json;
        this.accessToken = accessToken;
        this.forwardedFor = forwardedFor;
    }

    /** The same API, called by a client at {@code address} as the gateway (a trusted proxy) forwards it. */
    public Api from(String address) {
        return new Api(port(), json, accessToken, address);
    }

    /** The same API, signed in: this account's access token goes with every request that names none. */
    public Api signedInAs(String username, String password) {
        var response = postJson("/api/auth/token",
                "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password), null);
        if (response.status() != 200) {
            throw new IllegalStateException("could not sign in as " + username + ": " + response.body());
        }
        return withToken(response.body().get("access_token").asString());
    }

    /** The same API, sending this access token with every request that names none. */
    public Api withToken(String token) {
        return new Api(port(), json, token, forwardedFor);
    }

    private int port() {
        return Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
    }

    /** The access token this API sends, if any. */
    public String token() {
        return accessToken;
    }

    /** The administrator (who is a librarian too), signed in. */
    public Api asAdmin() {
        return signedInAs("admin", PatronsIntegrationTest.ADMIN_PASSWORD);
    }

    public Response get(String path) {
        return get(path, accessToken);
    }

    /** GETs with a bearer token, or none when {@code accessToken} is null. */
    public Response get(String path, String accessToken) {
        return send(authorized(request(path).GET(), accessToken).build());
    }

    /** POSTs {@code body} as JSON, or no body at all when it is null. */
    public Response postJson(String path, String body) {
        var publisher = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        return send(authorized(request(path).header("Content-Type", "application/json").POST(publisher), accessToken)
                .build());
    }

    /** POSTs {@code body} as JSON with a bearer token, or none when {@code accessToken} is null. */
    public Response postJson(String path, String body, String accessToken) {
        return send(authorized(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), accessToken).build());
    }

    /** PUTs {@code body} as JSON with a bearer token, or none when {@code accessToken} is null. */
    public Response putJson(String path, String body, String accessToken) {
        return send(authorized(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)), accessToken).build());
    }

    /** PUTs {@code body} as JSON with this API's token and an {@code If-Match} (none when it is null). */
    public Response putJsonIfMatch(String path, String body, String ifMatch) {
        var request = request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        return send(authorized(ifMatch == null ? request : request.header("If-Match", ifMatch), accessToken).build());
    }

    /** DELETEs with a bearer token. */
    public Response deleteWithToken(String path, String accessToken) {
        return send(authorized(request(path).DELETE(), accessToken).build());
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String accessToken) {
        return accessToken == null ? request : request.header("Authorization", "Bearer " + accessToken);
    }

    private HttpRequest.Builder request(String path) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(15));
        return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
    }

    private Response send(HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Location").orElse(null),
                    body == null || body.isEmpty() ? null : json.readTree(body), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
