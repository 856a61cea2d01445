package org.shelfwise.catalog.transfer;

import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;

import java.net.http.HttpRequest;

/** The transfer tests' requests, through the one test client: reading and exporting need no sign-in, importing is the staff's. */
final class Requests {

    private Requests() {
    }

    static HttpJson.Response send(int port, String method, String path, String contentType,
                                  HttpRequest.BodyPublisher body) {
        return send(port, method, path, contentType, body, null);
    }

    static HttpJson.Response send(int port, String method, String path, String contentType,
                                  HttpRequest.BodyPublisher body, String accept) {
        boolean staff = !method.equals("GET") || path.startsWith("/api/books/imports");
        var client = new HttpJson(port, staff ? TestTokens.librarian() : null);
        return (accept == null ? client : client.header("Accept", accept)).send(method, path, contentType, body);
    }
}
