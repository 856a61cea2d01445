package org.shelfwise.embedded.testing;

import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One account signed in (at the gateway, or at the patrons service itself): hands out its access token, renewed
 * with the refresh token (or by signing in again) a minute before it expires, so that runs longer than a token's
 * 15 minutes keep working. The one token renewal of the tests, the system driver and the demo loader. Safe to share
 * between threads.
 */
public final class Session {

    private static final Duration RENEW_BEFORE = Duration.ofSeconds(60);
    // sign-in has a strict rate limit of its own, and a gateway just started has no healthy patrons instance for a
    // few seconds: a 429 or a 503 is waited out this many times
    private static final int ATTEMPTS = 10;

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

    /** Signs {@code username} in at {@code base}; fails unless it answers with tokens. */
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

    /** Signs in afresh: the token was refused before it expired (a restarted system, a revoked sign-in). */
    public synchronized void signInAgain() {
        refreshToken = null;
        renewAt = Instant.MIN;
    }

    private void renew() {
        if (refreshToken != null) {
            var refreshed = post("/api/auth/refresh", Map.of("refresh_token", refreshToken));
            if (refreshed.status() == 200) {
                accept(refreshed.body());
                return;
            }
        }
        var signedIn = post("/api/auth/token", Map.of("username", username, "password", password));
        if (signedIn.status() != 200) {
            throw new IllegalStateException("could not sign in as " + username + ": HTTP " + signedIn.status()
                    + " " + signedIn.text());
        }
        accept(signedIn.body());
    }

    private void accept(JsonNode tokens) {
        accessToken = tokens.get("access_token").asString();
        refreshToken = tokens.get("refresh_token").asString();
        renewAt = Instant.now().plusSeconds(tokens.get("expires_in").asLong()).minus(RENEW_BEFORE);
    }

    private HttpJson.Response post(String path, Map<String, String> body) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(HttpJson.JSON.writeValueAsString(body)))
                .build();
        for (int attempt = 1; ; attempt++) {
            var response = HttpJson.exchange(request);
            if (response.status() != 429 && response.status() != 503 || attempt == ATTEMPTS) {
                return response;
            }
            long seconds = response.headers().firstValueAsLong("Retry-After").orElse(response.status() == 429 ? 5 : 1);
            try {
                Thread.sleep(Duration.ofSeconds(Math.min(seconds, 30)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
