package org.shelfwise.launcher.demo;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Speaks JSON with the public API, as any client of Shelfwise would: signed in as one account, with its access
 * token on every request, renewed with the refresh token shortly before it expires (or by signing in again).
 */
final class GatewayClient {

    private static final int ATTEMPTS = 10;
    private static final Duration RETRY_DELAY = Duration.ofSeconds(1);
    // renew this long before the access token expires, so no request sets out with a token about to lapse
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(60);

    private final URI gateway;
    private final JsonMapper json;
    private final String username;
    private final String password;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String accessToken;
    private String refreshToken;
    private Instant renewAt = Instant.MIN;

    GatewayClient(URI gateway, JsonMapper json, String username, String password) {
        this.gateway = gateway;
        this.json = json;
        this.username = username;
        this.password = password;
    }

    int port() {
        return gateway.getPort();
    }

    /** The answer to a request: its status, and its body when that was JSON. */
    record Reply(int status, JsonNode body) {

        boolean created() {
            return status == 201;
        }

        String field(String name) {
            return body == null ? null : body.path(name).asString(null);
        }
    }

    /**
     * Posts, trying again while the gateway answers 503: it has no healthy instance of the service yet, as happens
     * for a few seconds after startup until its health checks have run. Such a request reached no service, and
     * the demo data is keyed (ISBN, barcode, e-mail), so a repeat could at worst meet a 409.
     */
    Reply post(String path, Object body) throws IOException, InterruptedException {
        String payload = json.writeValueAsString(body);
        Reply reply = send(signedIn(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build());
        if (reply.status() == 401) {
            // the token was refused before it expired (a restarted system, revoked sign-in): sign in afresh, once
            signIn();
            reply = send(signedIn(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(payload)).build());
        }
        return reply;
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send(signedIn(path).GET().build());
    }

    private HttpRequest.Builder signedIn(String path) throws IOException, InterruptedException {
        if (!Instant.now().isBefore(renewAt)) {
            renew();
        }
        return request(path).header("Authorization", "Bearer " + accessToken);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(gateway.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
    }

    private void renew() throws IOException, InterruptedException {
        if (refreshToken != null) {
            Reply refreshed = send(request("/api/auth/refresh").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                            Map.of("refresh_token", refreshToken)))).build());
            if (refreshed.status() == 200) {
                accept(refreshed);
                return;
            }
        }
        signIn();
    }

    private void signIn() throws IOException, InterruptedException {
        Reply reply = send(request("/api/auth/token").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                        Map.of("username", username, "password", password)))).build());
        if (reply.status() != 200) {
            throw new IOException("could not sign in as " + username + ": HTTP " + reply.status()
                    + (reply.body() == null ? "" : " " + reply.body()));
        }
        accept(reply);
    }

    private void accept(Reply tokens) {
        accessToken = tokens.field("access_token");
        refreshToken = tokens.field("refresh_token");
        long expiresIn = tokens.body().path("expires_in").asLong(0);
        renewAt = Instant.now().plusSeconds(expiresIn).minus(RENEW_BEFORE);
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 503 || attempt == ATTEMPTS) {
                return new Reply(response.statusCode(), parse(response.body()));
            }
            Thread.sleep(RETRY_DELAY);
        }
    }

    private JsonNode parse(String body) {
        try {
            return body.isBlank() ? null : json.readTree(body);
        } catch (RuntimeException notJson) {
            return json.getNodeFactory().stringNode(body);
        }
    }
}
