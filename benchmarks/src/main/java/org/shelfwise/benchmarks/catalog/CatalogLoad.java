package org.shelfwise.benchmarks.catalog;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.shelfwise.benchmarks.machine.CpuUse;
import org.shelfwise.benchmarks.machine.LoadClient;
import org.shelfwise.driver.RunningSystem;

import java.io.IOException;
import java.time.Duration;
import java.util.AbstractMap.SimpleEntry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * The catalog benchmark's clients: they warm the services up, then send each scenario's requests through the
 * gateway and time them, with the CPU time each request cost the system.
 */
final class CatalogLoad {

    static final int MAX_CLIENTS = 20;
    static final Duration WARM_UP = Duration.ofSeconds(60);
    /** The unmeasured scenario that fills the caches for "book by id, warm cache": no CPU row of its own. */
    static final String CACHE_FILL = "warm-up";
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final Pattern NEXT = Pattern.compile("\"next\"\\s*:\\s*\"([^\"]+)\"");

    private final RunningSystem system;
    /** What the measured clients send with ({@link LoadClient}). */
    private final CloseableHttpClient client = LoadClient.forClients(MAX_CLIENTS);
    /** A row of CPU time per request for each measured scenario, as {@link #measureBrowsing} measured it. */
    private final StringBuilder cpuRows = new StringBuilder();

    CatalogLoad(RunningSystem system) {
        this.system = system;
    }

    /** The table's rows of CPU time per request, one a measured scenario. */
    CharSequence cpuRows() {
        return cpuRows;
    }

    /**
     * Sends book reads and searches of every kind for {@link #WARM_UP}, so that the measurements that follow find
     * the services' hot paths compiled: the gateway takes no part in the load, and without this the first scenarios
     * met it cold, its JIT compilers still at work. Books from the ids given, searches
     * with {@code yearTo=2100}, which no measured search has: they find the same books under other cache keys.
     * Returns how many requests it sent.
     */
    long warmUp(String base, List<String> bookIds) throws Exception {
        var sent = new AtomicInteger();
        long end = System.nanoTime() + WARM_UP.toNanos();
        try (var pool = Executors.newFixedThreadPool(MAX_CLIENTS)) {
            for (int c = 0; c < MAX_CLIENTS; c++) {
                pool.submit(() -> {
                    int kinds = Searches.ALL.size() + 1;
                    while (System.nanoTime() < end) {
                        int i = sent.getAndIncrement();
                        int kind = i % kinds;
                        String url = kind == 0 ? base + "/api/books/" + bookIds.get(i / kinds % bookIds.size())
                                : base + "/api/books?" + Searches.ALL.get(kind - 1).distinct(i / kinds % 250) + "&yearTo=2100";
                        try {
                            client.execute(new HttpGet(url), LoadClient::drain);
                        } catch (IOException e) {
                            // a failed warm-up request warms nothing; the next one goes on
                        }
                    }
                    return null;
                });
            }
        }
        return sent.get();
    }

    /**
     * Sends each chain's search, then pages on through it by the {@code next} cursor of each answer, up to
     * {@code pages} pages, timing every request; {@code clients} clients take chains in turn.
     */
    String measureBrowsing(String scenario, int clients, int chains, int pages, IntFunction<String> search)
            throws Exception {
        var nanos = new ConcurrentLinkedQueue<Long>();
        var errors = new ConcurrentHashMap<Integer, Integer>();
        var nextChain = new AtomicInteger();
        var before = CpuUse.of(system);
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    for (int chain = nextChain.getAndIncrement(); chain < chains; chain = nextChain.getAndIncrement()) {
                        String url = search.apply(chain);
                        for (int page = 0; page < pages && url != null; page++) {
                            // the answer's text is read only where a next page is wanted, else just drained
                            boolean more = page + 1 < pages;
                            long start = System.nanoTime();
                            String next = null;
                            try {
                                var response = client.execute(new HttpGet(url), answer -> more
                                        ? new SimpleEntry<>(answer.getCode(), EntityUtils.toString(answer.getEntity()))
                                        : new SimpleEntry<>(LoadClient.drain(answer), ""));
                                if (response.getKey() != 200) {
                                    errors.merge(response.getKey(), 1, Integer::sum);
                                } else if (more) {
                                    var cursor = NEXT.matcher(response.getValue());
                                    next = cursor.find() ? cursor.group(1) : null;
                                }
                            } catch (Exception e) {
                                errors.merge(0, 1, Integer::sum);
                            }
                            nanos.add(System.nanoTime() - start);
                            url = next == null ? null : search.apply(chain) + "&after=" + next;
                        }
                    }
                    return null;
                });
            }
        }
        return recorded(scenario, clients, nanos, errors, before);
    }

    /** The scenario's row of latencies, and its row of CPU time per request for {@link #cpuRows}. */
    private String recorded(String scenario, int clients, ConcurrentLinkedQueue<Long> nanos,
                            ConcurrentHashMap<Integer, Integer> errors, CpuUse before) {
        var after = CpuUse.of(system);
        String row = new Percentiles(scenario, clients, nanos.stream().mapToLong(Long::longValue).toArray(),
                Map.copyOf(errors)).row(after.busyAndStolenSince(before));
        System.out.println(row);
        if (!scenario.equals(CACHE_FILL)) {
            var perRequest = after.perOperationSince(before, nanos.size());
            cpuRows.append(String.format(Locale.ROOT, "| %s | %d | %s | %.1f |%n", scenario, clients,
                    CpuUse.cells(perRequest), clients * CpuUse.total(perRequest) / CORES));
        }
        return row;
    }

    /**
     * Sends {@code requests} requests at {@code perSecond} a second, the i-th to {@code url.apply(i)}, each at its
     * time whether or not the earlier ones have been answered (an open load, as patrons searching are), and times
     * each from the moment it was due: a request that had to wait for a free connection counts its wait too.
     */
    String measurePaced(String scenario, int perSecond, int requests, IntFunction<String> url) throws Exception {
        var nanos = new ConcurrentLinkedQueue<Long>();
        var errors = new ConcurrentHashMap<Integer, Integer>();
        long interval = 1_000_000_000L / perSecond;
        var before = CpuUse.of(system);
        long start = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < requests; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(Duration.ofNanos(wait));
                }
                String target = url.apply(i);
                pool.submit(() -> {
                    try {
                        int status = client.execute(new HttpGet(target), LoadClient::drain);
                        if (status != 200) {
                            errors.merge(status, 1, Integer::sum);
                        }
                    } catch (IOException e) {
                        errors.merge(0, 1, Integer::sum);
                    }
                    nanos.add(System.nanoTime() - due);
                });
            }
        }
        return recorded(scenario, perSecond, nanos, errors, before);
    }

    /** Sends {@code requests} requests, the i-th to {@code url.apply(i)}, from {@code clients} clients at once. */
    String measure(String scenario, int clients, int requests, IntFunction<String> url) throws Exception {
        return measureBrowsing(scenario, clients, requests, 1, url);
    }
}
