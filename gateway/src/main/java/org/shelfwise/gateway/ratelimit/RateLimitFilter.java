package org.shelfwise.gateway.ratelimit;

import java.util.List;

import org.shelfwise.gateway.problem.Problems;
import org.shelfwise.gateway.security.Caller;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits how fast each client may call the API: per verified token subject, per address for a request without a
 * token. A client over its limit gets 429 with {@code Retry-After}. Sign-in has its own, stricter limit.
 */
@Component
// right after the security filters, which have verified the token by then (a request they refuse never gets here);
// well after the request id, so even a refused request carries one
@Order(Caller.KNOWN)
class RateLimitFilter implements WebFilter {

    private final RateLimiter limiter;
    private final RateLimitProperties properties;

    RateLimitFilter(RateLimiter limiter, RateLimitProperties properties) {
        this.limiter = limiter;
        this.properties = properties;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (!path.startsWith("/api/") && !path.equals("/sru") && !path.equals("/oai")) {
            // health probes, metrics and the API docs page are not the API; SRU and OAI-PMH are, in other words
            return chain.filter(exchange);
        }
        var limit = path.startsWith("/api/auth/") ? properties.signIn() : properties.api();
        return Caller.key(exchange)
                .flatMap(client -> limiter.take(client, limit))
                .flatMap(verdict -> verdict.allowed()
                        ? chain.filter(exchange)
                        : Mono.error(tooManyRequests(verdict)));
    }

    private static ErrorResponseException tooManyRequests(Verdict verdict) {
        long seconds = Math.max(1, (verdict.retryAfter().toMillis() + 999) / 1000);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many requests from this client. Try again in " + seconds + " s.");
        problem.setType(Problems.type("too-many-requests"));
        var headers = new HttpHeaders();
        headers.put(HttpHeaders.RETRY_AFTER, List.of(String.valueOf(seconds)));
        return new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, problem, null) {
            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }
}
