package org.shelfwise.catalog.transfer;

import org.shelfwise.embedded.testing.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** An answer to a request of any content type: status, the body as JSON when it is JSON, and as text. */
record Reply(int status, JsonNode body, String text) {

    private static final JsonMapper json = JsonMapper.builder().build();

    static Reply send(int port, String method, String path, String contentType, HttpRequest.BodyPublisher body) {
        return send(port, method, path, contentType, body, null);
    }

    static Reply send(int port, String method, String path, String contentType, HttpRequest.BodyPublisher body,
                      String accept) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).method(method, body);
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (!method.equals("GET") || path.startsWith("/api/books/imports")) { // reading and exporting need no sign-in; importing is the staff's
            request.header("Authorization", "Bearer " + TestTokens.librarian());
        }
        try {
            var response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            boolean isJson = response.headers().firstValue("Content-Type").orElse("").contains("json");
            return new Reply(response.statusCode(), isJson && !text.isBlank() ? json.readTree(text) : null, text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
