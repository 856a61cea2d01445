package org.shelfwise.benchmarks.gateway;

import java.util.Arrays;
import java.util.Locale;

/** The latencies of one kind of request, in nanoseconds, and their percentiles as a Markdown table row. */
final class Latencies {

    static final String HEADER = "| path | p50 ms | p90 ms | p99 ms | mean ms |\n| --- | ---: | ---: | ---: | ---: |";

    private final long[] nanos;
    private int count;

    Latencies(int capacity) {
        this.nanos = new long[capacity];
    }

    void add(long elapsedNanos) {
        nanos[count++] = elapsedNanos;
    }

    String row(String name) {
        long[] sorted = sorted();
        return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f |", name, ms(percentile(sorted, 50)),
                ms(percentile(sorted, 90)), ms(percentile(sorted, 99)), ms((long) Arrays.stream(sorted).average().orElse(0)));
    }

    /** The hop's cost: the difference of the two paths' percentiles. */
    static String hop(Latencies viaGateway, Latencies direct) {
        long[] a = viaGateway.sorted();
        long[] b = direct.sorted();
        return String.format(Locale.ROOT, "| gateway hop (difference) | %.3f | %.3f | %.3f | %.3f |",
                ms(percentile(a, 50) - percentile(b, 50)), ms(percentile(a, 90) - percentile(b, 90)),
                ms(percentile(a, 99) - percentile(b, 99)),
                ms((long) (Arrays.stream(a).average().orElse(0) - Arrays.stream(b).average().orElse(0))));
    }

    private long[] sorted() {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return sorted;
    }

    // nearest-rank percentile
    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
