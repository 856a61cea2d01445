package org.shelfwise.benchmarks.desk;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The desk's staff session: signs in as {@code admin} (a librarian) through the gateway and signs in again well
 * before the 15-minute access token expires, as a desk application would.
 */
final class StaffSignIn {

    private static final Duration RENEW_AFTER = Duration.ofMinutes(10);
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http;
    private final String baseUrl;
    private final String password;
    private volatile String token;
    private volatile long signedInAt;

    StaffSignIn(HttpClient http, String baseUrl, String password) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.password = password;
    }

    /** {@code Bearer <token>}, signing in again when the token is ten minutes old. */
    String authorization() throws Exception {
        if (token == null || System.nanoTime() - signedInAt > RENEW_AFTER.toNanos()) {
            signIn();
        }
        return "Bearer " + token;
    }

    private synchronized void signIn() throws Exception {
        if (token != null && System.nanoTime() - signedInAt <= RENEW_AFTER.toNanos()) {
            return;
        }
        var body = "{\"username\":\"admin\",\"password\":\"" + password + "\"}";
        HttpResponse<String> response;
        // a cold patrons service on a busy machine may miss the gateway's time limit on its first password checks
        for (int attempt = 1; ; attempt++) {
            response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/auth/token"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() < 500 || attempt == 3) {
                break;
            }
            Thread.sleep(Duration.ofSeconds(5));
        }
        var matcher = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException("staff sign-in failed: " + response.statusCode() + " " + response.body());
        }
        token = matcher.group(1);
        signedInAt = System.nanoTime();
    }
}
