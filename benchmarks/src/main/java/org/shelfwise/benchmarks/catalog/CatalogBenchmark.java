package org.shelfwise.benchmarks.catalog;

import org.shelfwise.benchmarks.machine.CpuUse;
import org.shelfwise.benchmarks.machine.PostgresBuffers;
import org.shelfwise.driver.RunningSystem;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Generates a catalogue ({@link SyntheticCatalogue}), loads it into a system started as {@code ./shelfwise up}
 * would (books through the streaming import, 100,000 a request; 1.5 copies a book on average, inserted in one
 * statement), waits until the system has settled, and measures through the gateway at 1 and 20 clients: book
 * reads, each kind of search ({@link Searches}) cached and uncached, and browsing ten pages on by cursor; then the
 * public catalogue's results page ({@code /search} of the web module) at 20 searches a second, an open load. Writes
 * the results to {@code docs/benchmarks/catalog.md}.
 *
 * Then imports MARC records with items as import jobs ({@link MarcImportRun}).
 *
 * <p>Usage: {@code CatalogBenchmark [books, default 1000000] [MARC records, default 1000000]}; with {@code BENCHMARK_REDIS_URL} set, the services use
 * that Redis (as {@code REDIS_URL}) and the results go to {@code docs/benchmarks/catalog-redis.md}.
 */
public final class CatalogBenchmark {

    /** The services' JVM options; {@code BENCHMARK_JVM_OPTIONS} replaces them, to compare settings. */
    private static final String JVM_OPTIONS = "--jvm-options="
            + System.getenv().getOrDefault("BENCHMARK_JVM_OPTIONS", "-XX:+UseSerialGC -Xms64m -Xmx512m");
    private static final int CHUNK = 100_000;
    private static final int MAX_CLIENTS = CatalogLoad.MAX_CLIENTS;
    private static final Duration SETTLE_LIMIT = Duration.ofMinutes(20);
    private static final Duration QUIET = Duration.ofSeconds(5);
    private static final int QUIET_PERCENT = 20;
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /** Searches a second on the public catalogue's results page (issue 18: p95 at most 100 ms at this rate). */
    private static final int OPAC_RATE = 20;
    private static final String OPAC_SCENARIO = "OPAC results page (`/search`), " + OPAC_RATE + " a second, open load";

    private final RunningSystem system;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final CatalogLoad load;

    private CatalogBenchmark(RunningSystem system) {
        this.system = system;
        this.load = new CatalogLoad(system);
    }

    public static void main(String[] args) throws Exception {
        long books = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        long marcRecords = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        var environment = new HashMap<>(Map.of("RATE_LIMIT_PER_SECOND", "1000000", "RATE_LIMIT_BURST", "1000000"));
        String redis = System.getenv("BENCHMARK_REDIS_URL");
        if (redis != null) {
            environment.put("REDIS_URL", redis);
        }
        var report = new StringBuilder();
        // with the full JIT five JVMs take minutes to start on a small, busy machine
        try (var system = RunningSystem.start(environment, JVM_OPTIONS, PostgresBuffers.launcherOption(),
                "--demo-data=false", "--startup-timeout=900")) {
            // read before the run: the instances it restarts are the driver's children, no longer listed as the
            // launcher's, and they come back on the same port
            var catalog = system.serviceJvms("catalog.jar").getFirst().environment();
            if (books > 0) {
                new CatalogBenchmark(system).run(books, redis != null, report);
            }
            var admin = system.adminGateway();
            if (marcRecords > 0) {
                report.append('\n').append(new MarcImportRun(HttpClient.newHttpClient(),
                        "http://127.0.0.1:" + catalog.get("PORT"), () -> "Bearer " + admin.accessToken(),
                        () -> CpuUse.of(system)).run(marcRecords));
            }
        }
        // no books: the MARC import alone, beside the last catalogue run rather than over it
        var file = Path.of(books == 0 ? "docs/benchmarks/marc-import.md"
                : redis == null ? "docs/benchmarks/catalog.md" : "docs/benchmarks/catalog-redis.md");
        Files.createDirectories(file.getParent());
        if (books == 0 && Files.exists(file)) {
            // the MARC import alone: each run a dated section of its own, after the runs before it
            Files.writeString(file, String.format(Locale.ROOT, "%n## Run of %s: %,d records%n%s",
                    Instant.now().truncatedTo(ChronoUnit.MINUTES), marcRecords, report),
                    StandardOpenOption.APPEND);
        } else {
            Files.writeString(file, report.toString());
        }
        System.out.println(report);
    }

    private void run(long books, boolean redis, StringBuilder report) throws Exception {
        var ids = load(books, redis, report);
        measure(ids, report);
    }

    /** Loads the catalogue, waits for the system to settle, and answers ids of books in no particular order. */
    private List<String> load(long books, boolean redis, StringBuilder report) throws Exception {
        var catalog = system.serviceJvms("catalog.jar").getFirst().environment();
        String database = catalog.get("DATABASE_URL");
        String user = catalog.getOrDefault("DATABASE_USERNAME", "postgres");
        String password = catalog.getOrDefault("DATABASE_PASSWORD", "");
        var started = Instant.now();
        importBooks("http://127.0.0.1:" + catalog.get("PORT") + "/api/books/imports?wait=true", books);
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
            // as after any bulk load: vacuum (else autovacuum does it during the measurements) and fresh statistics
            sql.execute("vacuum analyze");
            var indexed = restartCatalogs();
            var loaded = Duration.between(started, Instant.now());
            var settled = settle(sql);
            ids = new ArrayList<>();
            try (var rs = sql.executeQuery("select id from book order by md5(id::text) limit 5400")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            report.append("# Catalog benchmark\n\n")
                    .append(String.format(Locale.ROOT, "Catalogue: %,d books, %,d copies. Machine: %d cores (shared), %s. "
                            + "Caches: %s. PostgreSQL: %s of shared buffers.%n%n", books, copies, CORES,
                            System.getProperty("os.name"), redis ? "Redis, shared by both catalog instances (and the "
                                    + "gateway's rate limits and idempotency records in it too)"
                                    : "in-process (Caffeine), one per catalog instance", PostgresBuffers.SIZE))
                    .append(String.format(Locale.ROOT, "Load: books imported through `POST /api/books/imports` in %s, "
                            + "copies inserted in SQL, then the catalog instances restarted one after the other, each "
                            + "building its search index afresh from the database (%s until both answered again); "
                            + "everything loaded, vacuumed, analysed and indexed in %s (target: under 10 min).%n%n",
                            seconds(booksLoaded), seconds(indexed), seconds(loaded)))
                    .append(settled.map(time -> String.format(Locale.ROOT, "Measured once the system had settled, "
                            + "%s after the load: the outbox empty and the machine under %d %% busy for %d s.%n%n",
                            seconds(time), QUIET_PERCENT, QUIET.toSeconds()))
                            .orElse(String.format(Locale.ROOT, "**The system had not settled %d min after the load** "
                                    + "(outbox not empty, or the machine over %d %% busy): measured anyway.%n%n",
                                    SETTLE_LIMIT.toMinutes(), QUIET_PERCENT)));
        }
        return ids;
    }

    /** Warms the services up, then measures every scenario at 1 and at {@link #MAX_CLIENTS} clients. */
    private void measure(List<String> ids, StringBuilder report) throws Exception {
        String base = system.baseUrl();
        var warmUp = load.warmUp(base, ids.subList(2000, 5000));
        report.append(String.format(Locale.ROOT, "Warmed up first: %,d requests by %d clients in %d s (book reads and "
                + "every kind of search, none of them the measured ones), so that the services' JIT compilers have "
                + "done their work before anything is measured.%n%n", warmUp, MAX_CLIENTS, CatalogLoad.WARM_UP.toSeconds()));
        report.append(Percentiles.HEADER).append('\n');
        for (int clients : new int[] {1, MAX_CLIENTS}) {
            int offset = clients == 1 ? 0 : 1000;
            // cold: every id once; warm: 200 ids read twice in a row (the gateway takes turns between the two
            // catalog instances, and without Redis each keeps its own cache), then again and again
            report.append(load.measure("book by id, cold cache", clients, 1000,
                    i -> base + "/api/books/" + ids.get(offset + i))).append('\n');
            var warm = ids.subList(5000, 5200);
            load.measure(CatalogLoad.CACHE_FILL, 1, 400, i -> base + "/api/books/" + warm.get(i / 2));
            report.append(load.measure("book by id, warm cache", clients, 2000,
                    i -> base + "/api/books/" + warm.get(i % warm.size()))).append('\n');
            // uncached: every request another search of the same kind (the 20-client round after the 1-client
            // round's), as different patrons search for different things; cached: the same search again and again
            int first = clients == 1 ? 0 : 50;
            for (var search : Searches.ALL) {
                report.append(load.measure("search: " + search.kind() + ", uncached", clients, clients == 1 ? 50 : 200,
                        i -> base + "/api/books?" + search.distinct(first + i))).append('\n');
                report.append(load.measure("search: " + search.kind() + ", cached", clients, 500,
                        i -> base + "/api/books?" + search.repeated())).append('\n');
            }
            // browsing: each client pages on through its own filtered search, ten pages, by each answer's cursor
            report.append(load.measureBrowsing("search: filtered, next 10 pages by cursor", clients, clients == 1 ? 5 : 20,
                    10, chain -> base + "/api/books?" + Searches.FILTERED.distinct(250 + first + chain))).append('\n');
        }
        // the public catalogue's results page as patrons ask for it, 20 a second: the web module's search and its
        // lookup of the page's copies, through the gateway; yearTo=2099, which no search before had, keeps every
        // search out of the catalog's cache (the copies are never cached)
        report.append(load.measurePaced(OPAC_SCENARIO, OPAC_RATE, OPAC_RATE * 30,
                i -> base + "/search?" + Searches.opac(i) + "&yearTo=2099")).append('\n');
        report.append(String.format(Locale.ROOT, "%nCPU time per request in each scenario, in milliseconds, by process "
                        + "(both instances together where there are two; `launcher` holds the Kafka broker; `load` is "
                        + "the load generator; what the machine did besides, such as idle JVMs' housekeeping, is "
                        + "counted in too), and the floor this puts under the mean latency: clients send their next "
                        + "request as soon as the last is answered, so by Little's law the mean latency is at least "
                        + "clients × CPU per request ÷ %d cores.%n%n", CORES))
                .append("| scenario | clients | ").append(String.join(" | ", CpuUse.PARTS))
                .append(" | total | mean latency ≥ ms |\n")
                .append("| --- | ---: |").append(" ---: |".repeat(CpuUse.PARTS.size() + 2)).append('\n')
                .append(load.cpuRows());
    }

    /** Imports the books through the streaming CSV import, {@value #CHUNK} a request. */
    private void importBooks(String importUrl, long books) throws Exception {
        // imports are a librarian's: the admin's token, renewed by the session whenever a chunk would outlive it
        var admin = system.adminGateway();
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
    }

    /**
     * The copies went into the database behind the catalog's back, as any bulk load in SQL does, so no search index
     * knows them. Each catalog instance is restarted in turn, as an operator would after such a load, and builds its
     * index afresh from the database before it answers. Returns how long until both answered again.
     */
    private Duration restartCatalogs() throws Exception {
        var started = Instant.now();
        for (var catalog : system.serviceJvms("catalog.jar")) {
            catalog.process().destroy();
            catalog.process().onExit().get(2, TimeUnit.MINUTES);
            system.startAgainAndAwaitReady(catalog, Duration.ofMinutes(10));
        }
        return Duration.between(started, Instant.now());
    }

    /**
     * Waits until the load's aftermath is over: the outbox has relayed an event for every imported book, each
     * catalog instance has read them all (to evict its caches), and nothing else (autovacuum) is still busy. Measured
     * during that, reads and searches would share the machine with the import's tail (and the cached searches would
     * be evicted by its events), which is not what a library's day looks like. Empty when the limit passed first.
     */
    private Optional<Duration> settle(Statement sql) throws Exception {
        var started = Instant.now();
        while (Duration.between(started, Instant.now()).compareTo(SETTLE_LIMIT) < 0) {
            long waiting;
            try (var rs = sql.executeQuery("select count(*) from outbox")) {
                rs.next();
                waiting = rs.getLong(1);
            }
            var before = CpuUse.of(system);
            Thread.sleep(QUIET.toMillis());
            double busy = CpuUse.of(system).busySince(before);
            System.out.printf(Locale.ROOT, "settling: %d events in the outbox, machine %.0f %% busy%n", waiting, busy);
            if (waiting == 0 && busy < QUIET_PERCENT) {
                return Optional.of(Duration.between(started, Instant.now()));
            }
        }
        return Optional.empty();
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

}
