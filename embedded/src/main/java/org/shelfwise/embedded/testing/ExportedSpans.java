package org.shelfwise.embedded.testing;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The spans a traced service exported; a test registers it as a bean and waits for the spans it expects. */
public class ExportedSpans implements SpanExporter {

    private final List<SpanData> spans = new CopyOnWriteArrayList<>();

    /** The first span of this trace, kind and name, once exported (at most 20 s). */
    public SpanData await(String traceId, SpanKind kind, String name) {
        // Awaitility named in full: this class has an await of its own
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> spans.stream()
                .filter(span -> span.getTraceId().equals(traceId) && span.getKind() == kind
                        && span.getName().equals(name))
                .findFirst(), Optional::isPresent).get();
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> batch) {
        spans.addAll(batch);
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
