package org.shelfwise.benchmarks.desk;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.shelfwise.benchmarks.catalog.Percentiles;

/** Operations of one kind: latencies of those that started in the window, failures by status. */
final class Recorded {

    private long[] nanos = new long[1024];
    private int count;
    private final Map<Integer, Integer> errors = new ConcurrentHashMap<>();

    synchronized void add(long elapsed) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsed;
    }

    synchronized long[] all() {
        return Arrays.copyOf(nanos, count);
    }

    synchronized int count() {
        return count;
    }

    /** An operation started at {@code start} that answered {@code status}: kept if it started in the window. */
    void record(int status, int expected, long start, long from, long until) {
        long end = System.nanoTime();
        if (start < from || start >= until) {
            return;
        }
        if (status == expected) {
            add(end - start);
        } else {
            errors.merge(status, 1, Integer::sum);
        }
    }

    /** The report's row: count, rate, errors by status, percentiles in milliseconds. */
    String row(String level, int clients, String operation, int window) {
        var result = new Percentiles(operation, clients, all(), Map.copyOf(errors));
        int failed = errors.values().stream().mapToInt(Integer::intValue).sum();
        String byStatus = errors.isEmpty() ? "" : " " + new TreeMap<>(errors);
        int n = count();
        String row = String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %d%s | %.1f | %.1f | %.1f | %.1f |",
                level, operation, n, n / (double) window, failed, byStatus,
                result.p(50), result.p(95), result.p(99), result.p(100));
        System.out.println(row);
        return row;
    }
}
