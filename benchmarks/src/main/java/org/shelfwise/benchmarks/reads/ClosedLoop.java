package org.shelfwise.benchmarks.reads;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.shelfwise.benchmarks.machine.LoadClient;

/**
 * A closed-loop load: {@code connections} threads, each on a kept-alive connection of its own, sending the same GET
 * one after another without pause (as wrk does), counting what a measured window got through and how long each took.
 */
final class ClosedLoop {

    /**
     * What one window measured: the requests answered 200, their rate and latency percentiles, the failures, and the
     * CPU time the serving processes used in the window per request (the figure a busy machine changes least).
     */
    record Result(String what, int connections, long requests, int failures, double seconds, double p50, double p99,
                  double max, double cpuMsPerRequest) {

        double perSecond() {
            return requests / seconds;
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %d | %,d | %d | %,.0f | %.2f | %.2f | %.1f | %.3f |", what,
                    connections, requests, failures, perSecond(), p50, p99, max, cpuMsPerRequest);
        }

        static final String HEADER = "| read | connections | requests | failed | requests/s | p50 ms | p99 ms | max ms "
                + "| server CPU ms/request |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
    }

    private ClosedLoop() {
    }

    /** Loads {@code uri}; {@code serverCpu} tells the CPU time the processes that serve it have used so far. */
    static Result run(String what, URI uri, int connections, Duration warmUp, Duration window,
                      Supplier<Duration> serverCpu) throws Exception {
        try (var client = LoadClient.forClients(connections)) {
            var measuring = new AtomicBoolean();
            var running = new AtomicBoolean(true);
            var failures = new AtomicInteger();
            var latencies = new ArrayList<long[]>();
            var counts = new int[connections];
            var threads = new ArrayList<Thread>();
            for (int c = 0; c < connections; c++) {
                int me = c;
                long[][] mine = {new long[1 << 16]};
                synchronized (latencies) {
                    latencies.add(null);
                }
                threads.add(Thread.ofPlatform().name("load-" + c).start(() -> {
                    while (running.get()) {
                        long start = System.nanoTime();
                        int status;
                        try {
                            status = client.execute(new HttpGet(uri), LoadClient::drain);
                        } catch (Exception e) {
                            status = 0;
                        }
                        long took = System.nanoTime() - start;
                        if (!measuring.get()) {
                            continue;
                        }
                        if (status != 200) {
                            failures.incrementAndGet();
                            continue;
                        }
                        if (counts[me] == mine[0].length) {
                            mine[0] = Arrays.copyOf(mine[0], mine[0].length * 2);
                        }
                        mine[0][counts[me]++] = took;
                    }
                    synchronized (latencies) {
                        latencies.set(me, Arrays.copyOf(mine[0], counts[me]));
                    }
                }));
            }
            Thread.sleep(warmUp);
            measuring.set(true);
            long started = System.nanoTime();
            Duration cpuBefore = serverCpu.get();
            Thread.sleep(window);
            measuring.set(false);
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuMs = serverCpu.get().minus(cpuBefore).toNanos() / 1e6;
            running.set(false);
            for (Thread thread : threads) {
                thread.join(Duration.ofSeconds(60));
            }
            long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Result(what, connections, all.length, failures.get(), seconds, percentile(all, 50),
                    percentile(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6,
                    all.length == 0 ? 0 : cpuMs / all.length);
        }
    }

    /** Nearest rank, in milliseconds. */
    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    static List<String> rows(List<Result> results) {
        return results.stream().map(Result::row).toList();
    }
}
