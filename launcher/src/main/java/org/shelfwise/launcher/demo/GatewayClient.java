package org.shelfwise.launcher.demo;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Speaks JSON with the public API, as any client of Shelfwise would. */
final class GatewayClient {

    private static final int ATTEMPTS = 10;
    private static final Duration RETRY_DELAY = Duration.ofSeconds(1);

    private final URI gateway;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    GatewayClient(URI gateway, JsonMapper json) {
        this.gateway = gateway;
        this.json = json;
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
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(gateway.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
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
