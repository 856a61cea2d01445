package org.shelfwise.gateway.idempotency;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.shelfwise.platform.problems.FieldProblem;
import org.shelfwise.gateway.problem.Problems;
import org.shelfwise.gateway.security.Caller;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Makes every unsafe request that carries an {@code Idempotency-Key} take effect at most once: the first is
 * passed on and its answer kept, a repetition gets that same answer (marked {@code Idempotent-Replayed: true})
 * without reaching the service, and a repetition that arrives while the first is still under way gets 409.
 * The record wraps the gateway's own retries, so the gateway may safely try such a request on another instance.
 */
@Component
class IdempotencyFilter implements GlobalFilter, Ordered {

    /** Set on a response that repeats a stored answer. */
    static final String REPLAYED = "Idempotent-Replayed";

    private static final Set<HttpMethod> UNSAFE = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    private static final Pattern SANE_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyStore store;
    private final IdempotencyProperties properties;

    IdempotencyFilter(IdempotencyStore store, IdempotencyProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        var request = exchange.getRequest();
        String idempotencyKey = request.getHeaders().getFirst(IdempotencyKeyedRequest.HEADER);
        if (idempotencyKey == null || !UNSAFE.contains(request.getMethod())) {
            return chain.filter(exchange);
        }
        if (!SANE_KEY.matcher(idempotencyKey).matches()) {
            return Mono.error(invalidKey());
        }
        return Caller.key(exchange).flatMap(caller -> ServerWebExchangeUtils.cacheRequestBodyAndRequest(exchange, cached -> {
            var keyed = IdempotencyKeyedRequest.of(cached, caller, idempotencyKey, cachedBody(exchange));
            return store.claim(keyed.key(), keyed.fingerprint(), properties.inProgressFor())
                    .flatMap(claim -> switch (claim) {
                        case Claim.Granted granted -> forward(exchange.mutate().request(cached).build(), chain, keyed);
                        case Claim.Answered answered -> replay(exchange, answered.response());
                        case Claim.InProgress inProgress -> Mono.error(conflict("idempotency-request-in-progress",
                                "A request with this Idempotency-Key is still being answered. Repeat it shortly."));
                        case Claim.KeyReused reused -> Mono.error(unprocessable());
                    });
        }));
    }

    private Mono<Void> forward(ServerWebExchange exchange, GatewayFilterChain chain, IdempotencyKeyedRequest keyed) {
        var recording = new RecordingResponse(exchange.getResponse(), store, keyed, properties.keepFor());
        return chain.filter(exchange.mutate().response(recording).build())
                // an error answered by the gateway itself (no instance, timeout): the request may be tried again
                .onErrorResume(error -> recording.releaseUnlessRecorded().then(Mono.error(error)))
                .doOnCancel(() -> recording.releaseUnlessRecorded().subscribe());
    }

    private static Mono<Void> replay(ServerWebExchange exchange, StoredResponse stored) {
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatus.valueOf(stored.status()));
        stored.headers().forEach(response.getHeaders()::set);
        response.getHeaders().set(REPLAYED, "true");
        return response.writeWith(Mono.just(response.bufferFactory().wrap(stored.body())));
    }

    private static byte[] cachedBody(ServerWebExchange exchange) {
        DataBuffer body = exchange.getAttribute(ServerWebExchangeUtils.CACHED_REQUEST_BODY_ATTR);
        return body == null ? new byte[0] : RecordingResponse.bytes(body);
    }

    private static ErrorResponseException invalidKey() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "One field is invalid.");
        problem.setType(Problems.type("validation"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(new FieldProblem(IdempotencyKeyedRequest.HEADER, "pattern",
                "must be 1 to 255 visible ASCII characters")));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    private static ErrorResponseException conflict(String slug, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setType(Problems.type(slug));
        return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
    }

    private static ErrorResponseException unprocessable() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "This Idempotency-Key was used for a different request. Use a new key for a new request.");
        problem.setType(Problems.type("idempotency-key-reused"));
        return new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
    }

    @Override
    public int getOrder() {
        // ahead of the routes' own filters (circuit breaker, retry) and of the filter that writes the service's answer
        return NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 10;
    }
}
