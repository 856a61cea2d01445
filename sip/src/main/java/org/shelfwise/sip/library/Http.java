package org.shelfwise.sip.library;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import org.shelfwise.sip.SipProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP to the gateway, with a bound on every call. Path and query values go in as URI template
 * variables (encoded, never spliced in), bodies as JSON; every error answer becomes a {@link LibraryProblem}.
 */
final class Http {

    private final RestClient client;
    private final JsonMapper json;

    Http(RestClient.Builder builder, SipProperties.Gateway gateway, JsonMapper json) {
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(gateway.connectTimeout()).build());
        factory.setReadTimeout(gateway.readTimeout());
        this.client = builder.baseUrl(gateway.url().toString()).requestFactory(factory)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw problem(response);
                })
                .build();
        this.json = json;
    }

    JsonNode get(String token, String uri, Object... variables) {
        return call(() -> client.get().uri(uri, variables).headers(authorized(token)).retrieve().body(JsonNode.class));
    }

    /** A POST; with an {@code idempotencyKey}, it takes effect once however often it is sent. */
    JsonNode post(String token, Object body, String idempotencyKey, String uri, Object... variables) {
        return call(() -> {
            var request = client.post().uri(uri, variables).headers(authorized(token))
                    .contentType(MediaType.APPLICATION_JSON);
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            JsonNode answer = request.body(body).retrieve().body(JsonNode.class);
            return answer == null ? json.createObjectNode() : answer;
        });
    }

    private static java.util.function.Consumer<HttpHeaders> authorized(String token) {
        return headers -> {
            headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
            if (token != null) {
                headers.setBearerAuth(token);
            }
        };
    }

    private static JsonNode call(Supplier<JsonNode> call) {
        try {
            return call.get();
        } catch (ResourceAccessException unreachable) {
            throw new LibraryProblem(503, "unreachable",
                    "The library system did not answer in time; try again in a moment.");
        }
    }

    private LibraryProblem problem(ClientHttpResponse response) throws java.io.IOException {
        int status = response.getStatusCode().value();
        String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
        try {
            JsonNode problem = json.readTree(body);
            String type = problem.path("type").asString("");
            String words = problem.path("detail").asString("");
            JsonNode error = problem.path("errors").path(0);
            if (!error.isMissingNode()) {
                words = (words + " " + error.path("field").asString("") + " "
                        + error.path("message").asString("")).strip();
            }
            if (words.isBlank()) {
                words = problem.path("title").asString("The library system answered " + status + ".");
            }
            return new LibraryProblem(status, type.substring(type.lastIndexOf(':') + 1), words);
        } catch (RuntimeException notAProblem) {
            return new LibraryProblem(status, "unexpected", "The library system answered " + status + ".");
        }
    }
}
