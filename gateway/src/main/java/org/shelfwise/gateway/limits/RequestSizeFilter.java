package org.shelfwise.gateway.limits;

import java.util.concurrent.atomic.AtomicLong;

import org.shelfwise.gateway.problem.Problems;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses a request body over its limit with 413 before anything else looks at it: at once when its
 * {@code Content-Length} says so, and while it streams when it comes without one (chunked), so no service and
 * no buffer in the gateway ever holds more than the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // right after the request id, before verifying any token
@EnableConfigurationProperties(RequestSizeProperties.class)
class RequestSizeFilter implements WebFilter {

    private static final String IMPORTS = "/api/books/imports";
    /** The staff client's import form, which sends the file on to {@link #IMPORTS}. */
    private static final String STAFF_IMPORTS = "/staff/catalogue/import";

    private final RequestSizeProperties properties;

    RequestSizeFilter(RequestSizeProperties properties) {
        this.properties = properties;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        long max = HttpMethod.POST.equals(request.getMethod())
                && (IMPORTS.equals(request.getPath().value()) || STAFF_IMPORTS.equals(request.getPath().value()))
                ? properties.maxImportBody().toBytes()
                : properties.maxBody().toBytes();
        long declared = request.getHeaders().getContentLength();
        if (declared > max) {
            return Mono.error(tooLarge(max));
        }
        if (declared >= 0) {
            // the server reads no more than the declared length
            return chain.filter(exchange);
        }
        var counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                var total = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (total.addAndGet(buffer.readableByteCount()) > max) {
                        DataBufferUtils.release(buffer);
                        sink.error(tooLarge(max));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    private static ErrorResponseException tooLarge(long max) {
        // typed content-too-large, as the catalog's own refusal of a large import
        var problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than the " + max + " bytes allowed here.");
        return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
    }
}
