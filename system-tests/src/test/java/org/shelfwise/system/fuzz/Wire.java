package org.shelfwise.system.fuzz;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Sends an {@link Attempt} to one base URL, as an HTTP/1.1 client sends it. */
final class Wire implements AutoCloseable {

    /** What came back. */
    record Answer(int status, String contentType, String body, String etag) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Answer send(String base, String token, Attempt attempt, String etag) {
        var request = HttpRequest.newBuilder(URI.create(base + attempt.target())).timeout(Duration.ofSeconds(30))
                .method(attempt.method(), attempt.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(attempt.body()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (attempt.contentType() != null) {
            request.header("Content-Type", attempt.contentType());
        }
        for (Map.Entry<String, String> header : attempt.headers().entrySet()) {
            String value = Attempt.CURRENT_ETAG.equals(header.getValue()) ? etag : header.getValue();
            if (value != null) {
                request.header(header.getKey(), value);
            }
        }
        return exchange(request.build());
    }

    Answer get(String base, String token, String target) {
        var request = HttpRequest.newBuilder(URI.create(base + target)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return exchange(request.build());
    }

    private Answer exchange(HttpRequest request) {
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("ETag").orElse(null));
        } catch (java.io.IOException e) {
            // a server that drops the connection instead of answering fails the test like a 5xx would
            return new Answer(599, "", "connection failed: " + e, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
