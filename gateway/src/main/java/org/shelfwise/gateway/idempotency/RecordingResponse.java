package org.shelfwise.gateway.idempotency;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import reactor.core.publisher.Mono;

/** Passes a service's answer on to the caller, and keeps it in the store on the way. */
class RecordingResponse extends ServerHttpResponseDecorator {

    private final IdempotencyStore store;
    private final IdempotencyKeyedRequest request;
    private final Duration keepFor;
    private final AtomicBoolean recorded = new AtomicBoolean();

    RecordingResponse(ServerHttpResponse delegate, IdempotencyStore store, IdempotencyKeyedRequest request,
            Duration keepFor) {
        super(delegate);
        this.store = store;
        this.request = request;
        this.keepFor = keepFor;
    }

    @Override
    public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
        return DataBufferUtils.join(body).map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(joined -> {
                    byte[] bytes = joined.map(RecordingResponse::bytes).orElseGet(() -> new byte[0]);
                    return record(bytes).then(super.writeWith(Mono.justOrEmpty(joined)));
                });
    }

    @Override
    public Mono<Void> setComplete() {
        return record(new byte[0]).then(super.setComplete());
    }

    /** Releases the key when no answer was recorded: the request failed in the gateway or was given up. */
    Mono<Void> releaseUnlessRecorded() {
        return recorded.compareAndSet(false, true) ? store.release(request.key()) : Mono.empty();
    }

    private Mono<Void> record(byte[] body) {
        if (!recorded.compareAndSet(false, true)) {
            return Mono.empty();
        }
        int status = getStatusCode() == null ? 200 : getStatusCode().value();
        if (status >= 500) {
            // the service failed rather than refused: a repetition should be tried, not told the same failure
            return store.release(request.key());
        }
        var headers = new LinkedHashMap<String, String>();
        for (String name : new String[] {HttpHeaders.CONTENT_TYPE, HttpHeaders.LOCATION}) {
            String value = getHeaders().getFirst(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return store.complete(request.key(), request.fingerprint(), new StoredResponse(status, headers, body), keepFor);
    }

    /** The readable bytes of {@code buffer}, leaving it unread. */
    static byte[] bytes(DataBuffer buffer) {
        byte[] bytes = new byte[buffer.readableByteCount()];
        buffer.toByteBuffer(buffer.readPosition(), ByteBuffer.wrap(bytes), 0, bytes.length);
        return bytes;
    }
}
