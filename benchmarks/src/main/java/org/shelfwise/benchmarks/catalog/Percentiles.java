package org.shelfwise.benchmarks.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Latencies of one scenario and its failures, summarised as a Markdown table row.
 *
 * @param errors the failed requests by status; 0 stands for no answer at all (timeout, connection refused)
 */
public record Percentiles(String scenario, int clients, long[] nanos, Map<Integer, Integer> errors) {

    /** The header of a table of {@link #row(String)}s. */
    static final String HEADER = "| scenario | clients | requests | errors | p50 ms | p95 ms | p99 ms | max ms | busy "
            + "| steal |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";

    public double p(int percentile) {
        long[] sorted = Arrays.copyOf(nanos, nanos.length);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted.length == 0 ? 0 : sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** The row, ending with the machine's busy and stolen CPU shares ({@code "busy | steal"}). */
    String row(String busyAndStolen) {
        int failed = errors.values().stream().mapToInt(Integer::intValue).sum();
        String byStatus = errors.isEmpty() ? "" : new TreeMap<>(errors).entrySet().stream()
                .map(e -> (e.getKey() == 0 ? "no answer" : e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining(", ", " (", ")"));
        return String.format(Locale.ROOT, "| %s | %d | %d | %d%s | %.1f | %.1f | %.1f | %.1f | %s |", scenario,
                clients, nanos.length, failed, byStatus, p(50), p(95), p(99), p(100), busyAndStolen);
    }
}
