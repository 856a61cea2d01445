package org.shelfwise.driver;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One account signed in through the gateway: hands out its access token, renewed with the refresh token (or by
 * signing in again) a minute before it expires, so that runs longer than a token's 15 minutes keep working.
 * Safe to share between threads.
 */
public final class Session {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(60);
    // sign-in has a strict rate limit of its own; a 429 is waited out this many times
    private static final int ATTEMPTS = 10;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String username;
    private final String password;
    private String accessToken;
    private String refreshToken;
    private Instant renewAt = Instant.MIN;

    private Session(String base, String username, String password) {
        this.base = base;
        this.username = username;
        this.password = password;
    }

    /** Signs {@code username} in at the gateway at {@code base}; fails unless the gateway answers with tokens. */
    public static Session signIn(String base, String username, String password) {
        var session = new Session(base, username, password);
        session.accessToken();
        return session;
    }

    /** A valid access token, renewed first when it is about to expire. */
    public synchronized String accessToken() {
        if (!Instant.now().isBefore(renewAt)) {
            renew();
        }
        return accessToken;
    }

    private void renew() {
        if (refreshToken != null) {
            var refreshed = post("/api/auth/refresh", Map.of("refresh_token", refreshToken));
            if (refreshed.statusCode() == 200) {
                accept(refreshed.body());
                return;
            }
        }
        var signedIn = post("/api/auth/token", Map.of("username", username, "password", password));
        if (signedIn.statusCode() != 200) {
            throw new IllegalStateException("could not sign in as " + username + ": HTTP " + signedIn.statusCode()
                    + " " + signedIn.body());
        }
        accept(signedIn.body());
    }

    private void accept(String body) {
        JsonNode tokens = json.readTree(body);
        accessToken = tokens.get("access_token").asString();
        refreshToken = tokens.get("refresh_token").asString();
        renewAt = Instant.now().plusSeconds(tokens.get("expires_in").asLong()).minus(RENEW_BEFORE);
    }

    private HttpResponse<String> post(String path, Map<String, String> body) {
        try {
            var request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                    .build();
            for (int attempt = 1; ; attempt++) {
                var response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 429 || attempt == ATTEMPTS) {
                    return response;
                }
                long seconds = response.headers().firstValueAsLong("Retry-After").orElse(5);
                Thread.sleep(Duration.ofSeconds(Math.min(seconds, 30)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
