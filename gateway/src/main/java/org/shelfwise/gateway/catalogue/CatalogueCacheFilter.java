package org.shelfwise.gateway.catalogue;

import java.util.concurrent.TimeUnit;

import org.shelfwise.gateway.security.Caller;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Answers the catalogue reads it may ({@link CatalogueReads}) from the cache, with the service's own ETag and
 * Cache-Control, and {@code 304} to an {@code If-None-Match} that names the current ETag; a read it cannot answer
 * goes on to the catalog, and its answer is kept on the way back ({@link KeepingResponse}). A cached answer skips the
 * routing, load balancing and circuit breaking entirely; it still passes the security filters and the rate limit.
 */
@Component
// after the rate limit (Caller.KNOWN): a cached answer counts against the caller's limit like any other
@Order(Caller.KNOWN + 1)
class CatalogueCacheFilter implements WebFilter {

    private final CatalogueCache cache;

    CatalogueCacheFilter(CatalogueCache cache) {
        this.cache = cache;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!cache.isOpen()) {
            return chain.filter(exchange);
        }
        var request = exchange.getRequest();
        var key = CatalogueReads.keyOf(request);
        if (key.isEmpty()) {
            return chain.filter(exchange);
        }
        if (!CatalogueReads.wantsFresh(request)) {
            var hit = cache.find(key.get());
            if (hit.isPresent()) {
                return answer(exchange, hit.get());
            }
        }
        var keeping = new KeepingResponse(exchange.getResponse(), cache, key.get(), cache.ticket());
        return chain.filter(exchange.mutate().response(keeping).build());
    }

    private static Mono<Void> answer(ServerWebExchange exchange, CachedAnswer answer) {
        var response = exchange.getResponse();
        var headers = response.getHeaders();
        headers.set(HttpHeaders.AGE, String.valueOf(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - answer.storedAtNanos())));
        if (CatalogueReads.notModified(exchange.getRequest(), answer.etag())) {
            response.setStatusCode(HttpStatus.NOT_MODIFIED);
            answer.headers().forEach((name, value) -> {
                if (!name.equals(HttpHeaders.CONTENT_TYPE)) {
                    headers.set(name, value);
                }
            });
            return response.setComplete();
        }
        response.setStatusCode(HttpStatus.OK);
        answer.headers().forEach(headers::set);
        headers.setContentLength(answer.body().length);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(answer.body())));
    }
}
