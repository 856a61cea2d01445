package org.shelfwise.gateway.catalogue;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import reactor.core.publisher.Mono;

/**
 * Passes the catalog's answer to a read on to the caller and keeps it in the cache on the way, when the answer lets a
 * shared cache keep it: a 200 with a body, not {@code private} or {@code no-store}, setting no cookie, not compressed,
 * varying with nothing but what the cache already tells apart.
 */
class KeepingResponse extends ServerHttpResponseDecorator {

    /** The headers kept with an answer: what describes its body. {@code X-Served-By} is not: the gateway serves it. */
    static final List<String> KEPT = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL,
            HttpHeaders.LAST_MODIFIED, HttpHeaders.CONTENT_LANGUAGE);
    private static final Set<String> VARIES_ONLY_WITH = Set.of("accept", "origin", "access-control-request-method",
            "access-control-request-headers");
    private static final long LARGEST = 1024 * 1024;

    private final CatalogueCache cache;
    private final CacheKey key;
    private final long ticket;

    KeepingResponse(ServerHttpResponse delegate, CatalogueCache cache, CacheKey key, long ticket) {
        super(delegate);
        this.cache = cache;
        this.key = key;
        this.ticket = ticket;
    }

    @Override
    public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
        if (!keepable()) {
            return super.writeWith(body);
        }
        return DataBufferUtils.join(body).flatMap(joined -> {
            byte[] bytes = new byte[joined.readableByteCount()];
            joined.toByteBuffer(joined.readPosition(), ByteBuffer.wrap(bytes), 0, bytes.length);
            var headers = new LinkedHashMap<String, String>();
            for (String name : KEPT) {
                String value = getHeaders().getFirst(name);
                if (value != null) {
                    headers.put(name, value);
                }
            }
            cache.keep(key, ticket, new CachedAnswer(headers, bytes, System.nanoTime()));
            return super.writeWith(Mono.just(joined));
        });
    }

    private boolean keepable() {
        var status = getStatusCode();
        HttpHeaders headers = getHeaders();
        if (status == null || status.value() != 200 || headers.getContentType() == null
                || headers.containsHeader(HttpHeaders.SET_COOKIE) || headers.containsHeader(HttpHeaders.CONTENT_ENCODING)
                || headers.getContentLength() > LARGEST) {
            return false;
        }
        String cacheControl = String.join(",", headers.getOrEmpty(HttpHeaders.CACHE_CONTROL)).toLowerCase(Locale.ROOT);
        if (cacheControl.contains("private") || cacheControl.contains("no-store")) {
            return false;
        }
        for (String vary : headers.getOrEmpty(HttpHeaders.VARY)) {
            for (String name : vary.split(",")) {
                if (!VARIES_ONLY_WITH.contains(name.strip().toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
        }
        return true;
    }
}
