package org.shelfwise.web.api;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.shelfwise.web.WebProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's public API, called as the signed-in staff member (their access token from the session) with a
 * bound on every call. Every error answer becomes an {@link ApiProblem}; an unreachable gateway one too (503).
 */
@Component
public class Api {

    private final RestClient client;
    private final JsonMapper json;

    Api(RestClient.Builder builder, WebProperties properties, JsonMapper json) {
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.gateway().connectTimeout()).build());
        factory.setReadTimeout(properties.gateway().readTimeout());
        this.client = builder.baseUrl(properties.gateway().url().toString()).requestFactory(factory)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw problem(response);
                })
                .build();
        this.json = json;
    }

    /** An answer with its ETag, for edits sent back with {@code If-Match}. */
    public record Versioned<T>(T body, String etag) {
    }

    public <T> T get(String token, Class<T> type, String uri, Object... variables) {
        return call(() -> client.get().uri(uri, variables).headers(authorized(token)).retrieve().body(type));
    }

    public <T> T get(String token, Class<T> type, String uri, Map<String, ?> variables) {
        return call(() -> client.get().uri(uri, variables).headers(authorized(token)).retrieve().body(type));
    }

    public <T> Versioned<T> getVersioned(String token, Class<T> type, String uri, Object... variables) {
        return call(() -> {
            var entity = client.get().uri(uri, variables).headers(authorized(token)).retrieve().toEntity(type);
            return new Versioned<>(entity.getBody(), entity.getHeaders().getETag());
        });
    }

    /** A POST that takes effect once however often it is sent with the same {@code idempotencyKey}. */
    public <T> T post(String token, Object body, Class<T> type, String idempotencyKey, String uri, Object... variables) {
        return call(() -> {
            var request = client.post().uri(uri, variables).headers(authorized(token)).contentType(MediaType.APPLICATION_JSON);
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            return request.body(body).retrieve().body(type);
        });
    }

    /** A PUT of a whole resource (idempotent by nature). */
    public <T> T put(String token, Object body, Class<T> type, String uri, Object... variables) {
        return call(() -> client.put().uri(uri, variables).headers(authorized(token)).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().body(type));
    }

    public void delete(String token, String uri, Object... variables) {
        call(() -> client.delete().uri(uri, variables).headers(authorized(token)).retrieve().toBodilessEntity());
    }

    /** A file sent as it is, streamed, of {@code contentType} (a catalogue import). */
    public <T> T upload(String token, org.springframework.core.io.Resource file, MediaType contentType, Class<T> type,
                        String uri, Object... variables) {
        return call(() -> client.post().uri(uri, variables).headers(authorized(token)).contentType(contentType)
                .body(file).retrieve().body(type));
    }

    /**
     * An answer of {@code accept} streamed as it arrives (an export, a report file) to the stream {@code open} gives
     * once the API has answered well, from the answer's headers: a refusal is thrown before anything is written.
     */
    public void download(String token, MediaType accept, java.util.function.Function<HttpHeaders, java.io.OutputStream> open,
                         String uri, Object... variables) {
        call(() -> client.get().uri(uri, variables).headers(authorized(token)).accept(accept, MediaType.APPLICATION_PROBLEM_JSON)
                .exchange((request, response) -> {
                    if (response.getStatusCode().isError()) {
                        throw problem(response);
                    }
                    return response.getBody().transferTo(open.apply(response.getHeaders()));
                }));
    }

    /** A PUT of a whole resource as read at {@code etag}; a stale one is refused with 412. */
    public <T> Versioned<T> put(String token, Object body, String etag, Class<T> type, String uri, Object... variables) {
        return call(() -> {
            var entity = client.put().uri(uri, variables).headers(authorized(token)).contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.IF_MATCH, etag).body(body).retrieve().toEntity(type);
            return new Versioned<>(entity.getBody(), entity.getHeaders().getETag());
        });
    }

    /** A JSON merge patch of what was read at {@code etag}; a stale one is refused with 412. */
    public <T> Versioned<T> patch(String token, Object body, String etag, Class<T> type, String uri, Object... variables) {
        return call(() -> {
            var entity = client.patch().uri(uri, variables).headers(authorized(token))
                    .contentType(MediaType.valueOf("application/merge-patch+json"))
                    .header(HttpHeaders.IF_MATCH, etag)
                    .body(body).retrieve().toEntity(type);
            return new Versioned<>(entity.getBody(), entity.getHeaders().getETag());
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

    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (ResourceAccessException unreachable) {
            throw new ApiProblem(503, "unavailable", "Unavailable",
                    "The library system did not answer in time; try again in a moment.", List.of(), "");
        }
    }

    private ApiProblem problem(ClientHttpResponse response) throws java.io.IOException {
        int status = response.getStatusCode().value();
        String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
        try {
            JsonNode problem = json.readTree(body);
            String type = problem.path("type").asString("");
            var errors = new ArrayList<ApiProblem.FieldError>();
            for (JsonNode error : problem.path("errors")) {
                errors.add(new ApiProblem.FieldError(error.path("field").asString(""),
                        error.path("rule").asString(""), error.path("message").asString("")));
            }
            return new ApiProblem(status, type.substring(type.lastIndexOf(':') + 1), problem.path("title").asString(""),
                    problem.path("detail").asString(""), errors, body);
        } catch (RuntimeException notAProblem) {
            return new ApiProblem(status, "unexpected", "Unexpected answer",
                    "The library system answered " + status + ".", List.of(), body);
        }
    }
}
