package org.shelfwise.benchmarks.desk;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.shelfwise.benchmarks.machine.CpuUse;
import org.shelfwise.benchmarks.machine.LoadClient;
import org.shelfwise.benchmarks.machine.PostgresBuffers;
import org.shelfwise.driver.RunningSystem;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The circulation desk under load (issue 5): loads a library of {@code patrons} patrons, {@code copies} copies,
 * {@code openLoans} open loans and {@code holds} waiting holds ({@link DeskData}) into a system started as
 * {@code ./shelfwise up} would, then drives 8, 20 and 75 concurrent desk clients through the gateway, each
 * checking its own copies out to its own patrons and back in, signed in as staff, an {@code Idempotency-Key} on
 * every operation, as fast as the system answers (a stress test: its throughput is the system's capacity). Then
 * 75 desks work at a desk's pace ({@code BENCHMARK_DESK_PACES}, operations a second per desk, by default 1, 3 and
 * 6): the latency staff would see at the desk. After the run it checks that no patron holds more loans than their
 * limit, and probes the limit itself: patrons one loan below it send 10 check-outs of different copies at once;
 * exactly one may succeed.
 * Writes the results to {@code docs/benchmarks/desk.md}.
 *
 * <p>Usage: {@code DeskBenchmark [patrons copies openLoans holds [warm-up seconds, window seconds]]}, by default
 * {@code 100000 1000000 50000 10000 20 60}.
 */
public final class DeskBenchmark {

    /** The services' JVM options; {@code BENCHMARK_JVM_OPTIONS} replaces them, to compare settings. */
    private static final String JVM_OPTIONS = System.getenv().getOrDefault("BENCHMARK_JVM_OPTIONS",
            "-XX:+UseSerialGC -Xms64m -Xmx512m");
    private static final int[] LEVELS = {8, 20, 75};
    /**
     * Paced levels: each of the 75 desks sends this many operations a second (check-out, check-in, check-out, ...),
     * on a schedule; {@code BENCHMARK_DESK_PACES} (comma-separated) replaces them, empty for none.
     */
    private static final double[] PACES = Arrays.stream(System.getenv().getOrDefault("BENCHMARK_DESK_PACES", "1,3,6")
            .split(",")).map(String::strip).filter(pace -> !pace.isEmpty()).mapToDouble(Double::parseDouble).toArray();
    private static final int PROBE_ROUNDS = 100;
    private static final int PROBE_CHECKOUTS = 10;
    /** The limit the loaded patrons have: the smaller of category {@code adult}'s and policy {@code standard}'s. */
    private static final int LIMIT = 20;

    private final RunningSystem system;
    private final DeskData data;
    private final StaffSignIn staff;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** What the desks send with ({@link LoadClient}); staff sign-in keeps the JDK's client above. */
    private final CloseableHttpClient desks = LoadClient.forClients(LEVELS[LEVELS.length - 1]);
    private final int[] copyCursor = new int[LEVELS[LEVELS.length - 1]];

    private DeskBenchmark(RunningSystem system, DeskData data) throws Exception {
        this.system = system;
        this.data = data;
        this.staff = new StaffSignIn(http, system.baseUrl(), system.adminPassword());
    }

    public static void main(String[] args) throws Exception {
        int patrons = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int openLoans = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        int holds = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        int window = args.length > 5 ? Integer.parseInt(args[5]) : 60;
        // the web desks all sign in from the web instance's one address
        var environment = Map.of("RATE_LIMIT_PER_SECOND", "1000000", "RATE_LIMIT_BURST", "1000000",
                "RATE_LIMIT_SIGN_IN_PER_SECOND", "1000", "RATE_LIMIT_SIGN_IN_BURST", "1000");
        var report = new StringBuilder();
        var started = Instant.now();
        try (var system = RunningSystem.start(environment, "--jvm-options=" + JVM_OPTIONS, PostgresBuffers.launcherOption(),
                "--demo-data=false", "--startup-timeout=900")) {
            var data = new DeskData(system, patrons, copies, openLoans, holds, PROBE_ROUNDS, LIMIT);
            new DeskBenchmark(system, data).run(warmUp, window, started, String.join(" ", args), report);
        }
        var file = Path.of("docs/benchmarks/desk.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.toString());
        System.out.println(report);
    }

    private void run(int warmUp, int window, Instant started, String args, StringBuilder report) throws Exception {
        data.load(staff);
        report.append("# Desk benchmark\n\n")
                .append(String.format(Locale.ROOT, "Run of %s, `./benchmark desk%s`. Machine: %d cores (shared), "
                                + "%.0f GB, %s %s, Java %s.%n%n",
                        DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(started.atOffset(ZoneOffset.UTC).withNano(0)) + " UTC",
                        args.isEmpty() ? "" : " " + args, Runtime.getRuntime().availableProcessors(),
                        totalMemoryGb(), System.getProperty("os.name"), System.getProperty("os.arch"),
                        System.getProperty("java.version")))
                .append(String.format(Locale.ROOT, "Library: %,d patrons, %,d copies (%,d books), %,d open loans, "
                                + "%,d waiting holds. System as `./shelfwise up` starts it: gateway, two catalog, "
                                + "patrons and two circulation instances, each JVM `%s`, one PostgreSQL server (%s of shared buffers), one "
                                + "Kafka broker, all on this machine together with the load generator.%n%n",
                        data.patrons, data.copies, data.copies / DeskData.COPIES_PER_BOOK, data.openLoans, data.holds,
                        JVM_OPTIONS, PostgresBuffers.SIZE))
                .append("## Load\n\n").append(DeskData.HOW).append('\n');
        data.notes.forEach(note -> report.append("- ").append(note).append('\n'));
        report.append(String.format(Locale.ROOT, "%nEach client checks one of its own copies out to one of its own "
                        + "patrons (no loans, no holds) and back in, again and again, with no pause. First %d s at %d "
                        + "clients, unmeasured, so that every JVM has compiled its hot code (on two shared cores that "
                        + "takes minutes, and a level measured while compilers run costs up to twice the CPU per "
                        + "operation); then per level %d s of warm-up and a %d s window. Latency is from sending the "
                        + "request to the whole answer, through the gateway; throughput counts check-outs and "
                        + "check-ins together.%n%n"
                        + "Flat out, the levels measure capacity: every client sends its next operation the moment "
                        + "the last is answered, so the machine is saturated and latency is mostly queueing (by "
                        + "Little's law, clients divided by throughput). A desk does not work like that: a librarian "
                        + "scans a card, then items, one every second or few. The paced levels (`at N/s`) have %d "
                        + "desks each send N operations a second (check-out and check-in in turn) on a fixed "
                        + "schedule, starting at random points of the first second. Their latency is counted from when the operation was due, so a slow "
                        + "answer that delays the next one counts against both (no coordinated omission).%n%n",
                3 * warmUp, LEVELS[LEVELS.length - 1], warmUp, window, LEVELS[LEVELS.length - 1]))
                .append("| level | operation | ops | ops/s | errors | p50 ms | p95 ms | p99 ms | max ms |\n")
                .append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        var cpu = new StringBuilder();
        System.out.printf("%d clients: warming the JVMs up for %d s%n", LEVELS[LEVELS.length - 1], 3 * warmUp);
        measure(LEVELS[LEVELS.length - 1], 0, 3 * warmUp, 0, report, cpu);
        for (int clients : LEVELS) {
            measure(clients, 0, warmUp, window, report, cpu);
        }
        for (double pace : PACES) {
            measure(LEVELS[LEVELS.length - 1], pace, warmUp, window, report, cpu);
        }
        report.append(String.format(Locale.ROOT, "%nCPU time per operation (check-out or check-in) in each window, "
                        + "in milliseconds, by process (both instances together where there are two; `launcher` "
                        + "holds the Kafka broker; `load` is the load generator), then how busy the machine's CPUs "
                        + "were and how much time the hypervisor gave them to others (steal):%n%n"))
                .append("| level | ").append(String.join(" | ", CpuUse.PARTS)).append(" | total | busy | steal |\n")
                .append("| --- |").append(" ---: |".repeat(CpuUse.PARTS.size() + 3)).append('\n')
                .append(cpu).append('\n');
        webDesks(warmUp, window, report);
        var limits = new LimitChecks(data, this::post, LIMIT, PROBE_CHECKOUTS);
        limits.checkLimits(report);
        limits.probeLimit(report);
    }

    /** The same cycles through the staff client's pages, at a desk's pace ({@code BENCHMARK_DESK_WEB_PACE}, default 1/s). */
    private void webDesks(int warmUp, int window, StringBuilder report) throws Exception {
        double pace = Double.parseDouble(System.getenv().getOrDefault("BENCHMARK_DESK_WEB_PACE", "1"));
        int desks = LEVELS[LEVELS.length - 1];
        var webDesks = new WebDesks(system, data, desks);
        String rows = webDesks.measure(desks, pace, warmUp, window);
        report.append(String.format(Locale.ROOT, "## Through the staff client's pages%n%n%d desks, each signed in to "
                        + "the staff client with its own session, scan %s times a second on a schedule, as a browser "
                        + "with htmx sends them: a patron's card (the form, then the patron's page it redirects to), a "
                        + "copy to check out, the same copy to check in. Each page's time runs from when its scan was "
                        + "due to its whole answer, through the gateway, the one web instance and the services (the "
                        + "patron's page from when the card form answered). Target: p95 at most 50 ms.%n%n", desks, pace))
                .append("| level | page | pages | pages/s | errors | p50 ms | p95 ms | p99 ms | max ms |\n")
                .append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
                .append(rows).append('\n')
                .append(String.format(Locale.ROOT, "When the window ended the furthest desk was %.1f s behind its "
                        + "schedule%s.%n%n", webDesks.secondsBehind(), webDesks.secondsBehind() > 1
                        ? ": more than the machine can serve, so the scans due in the window went out after it and "
                        + "the table holds only the scans due in it that were answered before it ended" : ""));
    }

    private static double totalMemoryGb() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() / 1e9 : 0;
    }

    /**
     * One level: {@code clients} desks for a warm-up and a window, flat out ({@code pace} 0) or each sending
     * {@code pace} operations a second on a schedule, latency then counted from each operation's due time.
     */
    private void measure(int clients, double pace, int warmUp, int window, StringBuilder report, StringBuilder cpu)
            throws Exception {
        int copiesEach = (data.copies - data.firstDeskCopy()) / LEVELS[LEVELS.length - 1];
        int patronsEach = data.deskPatrons() / LEVELS[LEVELS.length - 1];
        var checkOuts = new Recorded();
        var checkIns = new Recorded();
        long from = System.nanoTime() + Duration.ofSeconds(warmUp).toNanos();
        long until = from + Duration.ofSeconds(window).toNanos();
        String level = pace == 0 ? clients + " clients"
                : String.format(Locale.ROOT, "%d clients at %s/s", clients, new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(pace));
        long interval = pace == 0 ? 0 : Math.round(1e9 / pace);
        System.out.printf("%s: warming up %d s, then measuring %d s%n", level, warmUp, window);
        CpuUse atStart;
        CpuUse atEnd;
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                int client = c;
                pool.submit(() -> {
                    int firstCopy = data.firstDeskCopy() + client * copiesEach;
                    int firstPatron = data.firstDeskPatron() + client * patronsEach;
                    // when the next operation is due: now, flat out; on the desk's schedule, paced
                    long due = System.nanoTime() + (interval == 0 ? 0 : ThreadLocalRandom.current().nextLong(interval));
                    for (int cycle = 0; System.nanoTime() < until; cycle++) {
                        String item = data.itemBarcode(firstCopy + copyCursor[client]++ % copiesEach);
                        String patron = data.patronBarcodes.get(firstPatron + cycle % patronsEach);
                        long start = Pacing.startAt(due, interval);
                        int status = post("/api/checkouts",
                                "{\"itemBarcode\":\"" + item + "\",\"patronBarcode\":\"" + patron + "\"}");
                        checkOuts.record(status, 201, start, from, until);
                        due = start + interval;
                        if (status == 201 || status == 409) {
                            // a 409 is a copy left out by an earlier failed cycle: bring it back as a desk would
                            start = Pacing.startAt(due, interval);
                            checkIns.record(post("/api/checkins", "{\"itemBarcode\":\"" + item + "\"}"), 200, start,
                                    from, until);
                            due = start + interval;
                        }
                    }
                    return null;
                });
            }
            Pacing.sleepUntil(from);
            atStart = CpuUse.of(system);
            Pacing.sleepUntil(until);
            atEnd = CpuUse.of(system);
        }
        if (window == 0) {
            return; // a warm-up only
        }
        report.append(checkOuts.row(level, clients, "check-out", window)).append('\n')
                .append(checkIns.row(level, clients, "check-in", window)).append('\n');
        var perOperation = atEnd.perOperationSince(atStart, checkOuts.count() + checkIns.count());
        String cpuRow = String.format(Locale.ROOT, "| %s | %s | %s |", level, CpuUse.cells(perOperation),
                atEnd.busyAndStolenSince(atStart));
        System.out.println(cpuRow);
        cpu.append(cpuRow).append('\n');
    }

    /** POSTs as the signed-in librarian with a fresh Idempotency-Key; the status, or 0 when no answer came. */
    private int post(String path, String body) {
        try {
            var request = new HttpPost(system.baseUrl() + path);
            request.setHeader("Authorization", staff.authorization());
            request.setHeader("Idempotency-Key", UUID.randomUUID().toString());
            request.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
            return desks.execute(request, LoadClient::drain);
        } catch (Exception e) {
            return 0;
        }
    }
}
