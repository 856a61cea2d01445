package org.shelfwise.benchmarks.catalog;

import org.shelfwise.benchmarks.machine.CpuUse;
import org.shelfwise.driver.RunningSystem;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Generates a catalogue ({@link SyntheticCatalogue}), loads it into a system started as {@code ./shelfwise up}
 * would (books through the streaming import, 100,000 a request; 1.5 copies a book on average, inserted in one
 * statement), and measures book reads and searches through the gateway at 1 and 20 clients. Writes the results
 * to {@code docs/benchmarks/catalog.md}.
 *
 * <p>Usage: {@code CatalogBenchmark [books, default 1000000]}
 */
public final class CatalogBenchmark {

    /** The services' JVM options; {@code BENCHMARK_JVM_OPTIONS} replaces them, to compare settings. */
    private static final String JVM_OPTIONS = "--jvm-options="
            + System.getenv().getOrDefault("BENCHMARK_JVM_OPTIONS", "-XX:+UseSerialGC -Xms64m -Xmx512m");
    private static final int CHUNK = 100_000;

    private final RunningSystem system;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private CatalogBenchmark(RunningSystem system) {
        this.system = system;
    }

    public static void main(String[] args) throws Exception {
        long books = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        var environment = Map.of("RATE_LIMIT_PER_SECOND", "1000000", "RATE_LIMIT_BURST", "1000000");
        var report = new StringBuilder();
        // with the full JIT five JVMs take minutes to start on a small, busy machine
        try (var system = RunningSystem.start(environment, JVM_OPTIONS, "--demo-data=false", "--startup-timeout=900")) {
            new CatalogBenchmark(system).run(books, report);
        }
        var file = Path.of("docs/benchmarks/catalog.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.toString());
        System.out.println(report);
    }

    private void run(long books, StringBuilder report) throws Exception {
        var catalog = system.serviceJvms("catalog.jar").getFirst().environment();
        String importUrl = "http://127.0.0.1:" + catalog.get("PORT") + "/api/books/imports";
        String database = catalog.get("DATABASE_URL");
        String user = catalog.getOrDefault("DATABASE_USERNAME", "postgres");
        String password = catalog.getOrDefault("DATABASE_PASSWORD", "");

        // imports are a librarian's: the admin's token, renewed by the session whenever a chunk would outlive it
        var admin = system.adminGateway();
        var started = Instant.now();
        for (long from = 0; from < books; from += CHUNK) {
            long to = Math.min(books, from + CHUNK);
            long start = from;
            var response = http.send(HttpRequest.newBuilder(URI.create(importUrl)).header("Content-Type", "text/csv")
                    .header("Authorization", "Bearer " + admin.accessToken())
                    .timeout(Duration.ofMinutes(30))
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> SyntheticCatalogue.csv(start, to))).build(),
                    HttpResponse.BodyHandlers.ofString());
            System.out.printf("imported books %d..%d: %d %s%n", from, to, response.statusCode(), response.body());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("import failed: " + response.body());
            }
        }
        var booksLoaded = Duration.between(started, Instant.now());
        long copies;
        List<String> ids;
        try (var db = DriverManager.getConnection(database, user, password); var sql = db.createStatement()) {
            // one or two copies a book (1.5 on average), a fifth of them out on loan
            copies = sql.executeUpdate("""
                    insert into copy (id, book_id, barcode, status, due_date, shelf_mark, location, created_at)
                    select gen_random_uuid(), b.id, 'B' || b.isbn || '-' || n,
                           case when hashtext(b.isbn || n) % 5 = 0 then 'ON_LOAN' else 'AVAILABLE' end,
                           case when hashtext(b.isbn || n) % 5 = 0 then current_date + 14 end,
                           left(b.title, 3), (array['Central', 'East', 'West'])[1 + abs(hashtext(b.isbn)) % 3], now()
                    from book b cross join lateral generate_series(1, 1 + (abs(hashtext(b.isbn)) % 2)) n""");
            sql.execute("analyze");
            var loaded = Duration.between(started, Instant.now());
            ids = new ArrayList<>();
            try (var rs = sql.executeQuery("select id from book order by md5(id::text) limit 5400")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            report.append("# Catalog benchmark\n\n")
                    .append(String.format(Locale.ROOT, "Catalogue: %,d books, %,d copies. Machine: %d cores (shared), %s.%n%n",
                            books, copies, Runtime.getRuntime().availableProcessors(), System.getProperty("os.name")))
                    .append(String.format(Locale.ROOT, "Load: books imported through `POST /api/books/imports` in %s, "
                            + "copies inserted in SQL; everything loaded and analysed in %s (target: under 10 min).%n%n",
                            seconds(booksLoaded), seconds(loaded)));
        }
        String base = system.baseUrl();
        report.append(Percentiles.HEADER).append('\n');
        for (int clients : new int[] {1, 20}) {
            int offset = clients == 1 ? 0 : 1000;
            // cold: every id once; warm: 200 ids read twice in a row (the gateway takes turns between the two
            // catalog instances, and without Redis each keeps its own cache), then again and again
            report.append(measure("book by id, cold cache", clients, 1000,
                    i -> base + "/api/books/" + ids.get(offset + i))).append('\n');
            var warm = ids.subList(5000, 5200);
            measure("warm-up", 1, 400, i -> base + "/api/books/" + warm.get(i / 2));
            report.append(measure("book by id, warm cache", clients, 2000,
                    i -> base + "/api/books/" + warm.get(i % warm.size()))).append('\n');
            for (var search : new String[][] {{"common word", "q=history"},
                    {"rare word", "q=" + SyntheticCatalogue.RARE_WORD}, {"two words", "q=history%20war"},
                    {"prefix", "q=philos"}, {"typo", "q=histroy%20"},
                    {"filtered, with facets", "q=history&language=fr&available=true&yearFrom=1900"}}) {
                // a different page each request: each is a cache miss, what the database costs
                report.append(measure("search: " + search[0] + ", uncached", clients, clients == 1 ? 50 : 200,
                        i -> base + "/api/books?" + search[1] + "&page=" + (i + clients))).append('\n');
                report.append(measure("search: " + search[0] + ", cached", clients, 500,
                        i -> base + "/api/books?" + search[1])).append('\n');
            }
        }
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private String measure(String scenario, int clients, int requests, IntFunction<String> url) throws Exception {
        var nanos = new long[requests];
        var errors = new ConcurrentHashMap<Integer, Integer>();
        var next = new AtomicInteger();
        var before = CpuUse.of(system);
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        try {
                            var response = http.send(HttpRequest.newBuilder(URI.create(url.apply(i)))
                                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() != 200) {
                                errors.merge(response.statusCode(), 1, Integer::sum);
                            }
                        } catch (Exception e) {
                            errors.merge(0, 1, Integer::sum);
                        }
                        nanos[i] = System.nanoTime() - start;
                    }
                    return null;
                });
            }
        }
        String row = new Percentiles(scenario, clients, nanos, Map.copyOf(errors))
                .row(CpuUse.of(system).busyAndStolenSince(before));
        System.out.println(row);
        return row;
    }
}
