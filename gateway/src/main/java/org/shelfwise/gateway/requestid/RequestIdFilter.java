package org.shelfwise.gateway.requestid;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an {@code X-Request-Id}: the proxied routes and the summary's calls forward it to the
 * services, and every response, errors included, carries it back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = RequestIds.acceptOrGenerate(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
        var response = exchange.getResponse();
        // set at commit time, replacing whatever a service echoed, so the caller sees exactly one id
        response.beforeCommit(() -> {
            response.getHeaders().set(RequestIds.HEADER, id);
            return Mono.empty();
        });
        var request = exchange.getRequest().mutate().headers(headers -> headers.set(RequestIds.HEADER, id)).build();
        return chain.filter(exchange.mutate().request(request).build());
    }
}
