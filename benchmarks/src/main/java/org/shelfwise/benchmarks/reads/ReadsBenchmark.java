package org.shelfwise.benchmarks.reads;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shelfwise.benchmarks.machine.CpuUse;
import org.shelfwise.driver.RunningSystem;
import org.shelfwise.embedded.testing.HttpJson;

/**
 * Warm catalogue reads through the gateway as {@code ./shelfwise up} starts the system (its defaults; only the
 * per-client rate limit lifted, since one load generator is one client): {@code GET /api/books/{id}} and a search,
 * each at 20 connections without pause, and with {@code --peer=URL} another system's read right after with the same
 * load, and the ratio. Before the load, the whole system's idle CPU over a minute and its memory (PSS); after it,
 * the memory again. Writes {@code docs/benchmarks/reads.md}.
 *
 * <p>Usage: {@code ReadsBenchmark [--peer=URL] [--connections=20] [--seconds=30] [--warm-up=10] [--idle=60]}
 */
public final class ReadsBenchmark {

    private ReadsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String peer = option(args, "peer", null);
        int connections = Integer.parseInt(option(args, "connections", "20"));
        var window = Duration.ofSeconds(Long.parseLong(option(args, "seconds", "30")));
        var warmUp = Duration.ofSeconds(Long.parseLong(option(args, "warm-up", "10")));
        var idle = Duration.ofSeconds(Long.parseLong(option(args, "idle", "60")));
        if (peer != null) {
            requireOk(URI.create(peer));
        }
        var environment = Map.of("RATE_LIMIT_PER_SECOND", "1000000", "RATE_LIMIT_BURST", "1000000");
        String load = "`uptime` load before the start: " + Files.readString(Path.of("/proc/loadavg")).strip();
        long starting = System.nanoTime();
        var results = new ArrayList<ClosedLoop.Result>();
        String idleLine;
        String memoryLine;
        try (var system = RunningSystem.start(environment)) {
            double startSeconds = (System.nanoTime() - starting) / 1e9;
            var gateway = HttpJson.at(system.baseUrl());
            String bookId = gateway.get("/api/books?size=1").body().get("content").get(0).get("id").asString();
            String word = java.util.Arrays.stream(gateway.get("/api/books/" + bookId).field("title").split("\\W+"))
                    .filter(w -> w.length() >= 4).findFirst().orElse("library");

            // at rest: a little time for what the start left running (the demo's events, the first index refresh)
            Thread.sleep(Duration.ofSeconds(10));
            var processes = system.processes();
            long pssReady = Footprint.pss(processes);
            var cpuBefore = Footprint.cpu(processes);
            var machineBefore = CpuUse.of(system);
            long idleStart = System.nanoTime();
            Thread.sleep(idle);
            double idleSeconds = (System.nanoTime() - idleStart) / 1e9;
            double idleCore = 100.0 * Footprint.cpu(system.processes()).minus(cpuBefore).toNanos() / 1e9 / idleSeconds;
            idleLine = String.format(Locale.ROOT, "| idle CPU, every process of the system (%d), over %.0f s | %.1f %% of one core "
                            + "(machine %s busy | stolen) |", processes.size(), idleSeconds, idleCore,
                    CpuUse.of(system).busyAndStolenSince(machineBefore));

            URI book = URI.create(system.baseUrl() + "/api/books/" + bookId);
            URI search = URI.create(system.baseUrl() + "/api/books?q=" + word + "&size=10");
            // the server's CPU: every process of the system (the gateway answers these from its cache)
            results.add(ClosedLoop.run("Shelfwise `GET /api/books/{id}` through the gateway", book, connections, warmUp,
                    window, () -> Footprint.cpu(system.processes())));
            results.add(ClosedLoop.run("Shelfwise search `GET /api/books?q=" + word + "&size=10` through the gateway",
                    search, connections, warmUp, window, () -> Footprint.cpu(system.processes())));
            long pssLoaded = Footprint.pss(system.processes());
            memoryLine = String.format(Locale.ROOT, "| memory (PSS, every process counted, shared pages once) | %.0f MB once ready, "
                    + "%.0f MB after the load |", pssReady / 1e6, pssLoaded / 1e6);
            idleLine = idleLine + String.format(Locale.ROOT, "%n| from start to ready (this run, build done) | %.0f s |", startSeconds);
        }
        if (peer != null) {
            var peerProcesses = Footprint.listeningOn(URI.create(peer).getPort());
            results.add(ClosedLoop.run("peer `" + peer + "`", URI.create(peer), connections, warmUp, window,
                    () -> Footprint.cpu(peerProcesses)));
        }
        String report = report(args, load, results, idleLine, memoryLine, peer != null, connections, warmUp, window);
        System.out.println(report);
        Path file = Path.of("docs/benchmarks/reads.md");
        Files.writeString(file, report);
        System.out.println("written to " + file.toAbsolutePath());
    }

    private static String report(String[] args, String load, List<ClosedLoop.Result> results, String idle,
                                 String memory, boolean withPeer, int connections, Duration warmUp, Duration window) {
        var text = new StringBuilder();
        text.append("# Cached catalogue reads, idle CPU and memory\n\n");
        text.append("Run of ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(", `./benchmark reads")
                .append(args.length == 0 ? "" : " " + String.join(" ", args)).append("` on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores; ").append(load).append(".\n");
        text.append("The system as `./shelfwise up` starts it (its defaults), the per-client rate limit lifted. Each read: ")
                .append(connections).append(" connections sending without pause, ").append(warmUp.toSeconds())
                .append(" s warm-up, then ").append(window.toSeconds())
                .append(" s measured; the load generator runs on the same machine.\n\n");
        text.append(ClosedLoop.Result.HEADER).append('\n');
        ClosedLoop.rows(results).forEach(row -> text.append(row).append('\n'));
        if (withPeer) {
            var book = results.get(0);
            var peer = results.get(results.size() - 1);
            text.append(String.format(Locale.ROOT, "%nShelfwise's book read against the peer's: %.2f× its requests/s, "
                    + "p99 %.2f ms against %.2f ms, %.2f× its server CPU per request.%n", book.perSecond() / peer.perSecond(),
                    book.p99(), peer.p99(), book.cpuMsPerRequest() / peer.cpuMsPerRequest()));
        }
        text.append("\n| at rest | |\n| --- | --- |\n").append(idle).append('\n').append(memory).append('\n');
        text.append("\nHow it is measured and what the figures mean: [README](README.md#reads).\n");
        return text.toString();
    }

    private static void requireOk(URI uri) throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            int status = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                throw new IllegalStateException("the peer answers " + uri + " with " + status + ", not 200 (does the book exist?)");
            }
        }
    }

    private static String option(String[] args, String name, String otherwise) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        return otherwise;
    }
}
