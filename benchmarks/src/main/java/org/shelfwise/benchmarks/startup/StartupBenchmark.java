package org.shelfwise.benchmarks.startup;

import org.shelfwise.driver.RunningSystem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How fast the local system starts and how much memory it holds once it is ready (issue 21): starts it as
 * {@code ./shelfwise up} does, in a fresh data directory (the first start, which loads the demo data), stops it, and
 * starts it again on the same data directory (a second start). For each start: the seconds from starting the
 * launcher to its ready line, when each part said it was ready (the launcher's own log, counted from its start),
 * the CPU time all processes used, and the memory of every process of the system once ready, by PSS (shared pages
 * counted once, split between the processes that share them), PostgreSQL's and the launcher's (Kafka) included.
 * Adds the run to {@code docs/benchmarks/startup.md}, keeping the runs before it.
 *
 * <p>Usage: {@code StartupBenchmark [seconds to wait after ready before measuring memory again, default 30]}.
 * {@code BENCHMARK_LAUNCHER_OPTIONS} (e.g. {@code --jvm-options=...}) is passed to the launcher, to compare settings.
 */
public final class StartupBenchmark {

    private static final Path REPORT = Path.of("docs/benchmarks/startup.md");
    private static final String RUNS_MARKER = "<!-- runs, newest first -->";
    private static final Pattern READY = Pattern.compile("(\\S+) is ready(?: on port \\d+)? after ([0-9.]+) s");
    private static final Pattern ROUTES = Pattern.compile("Every route answers through the gateway after ([0-9.]+) s");
    private static final Pattern DEMO = Pattern.compile("Demo data (?:loaded|completed).* in ([0-9.]+) s");
    private static final Pattern SERVICE_JAR = Pattern.compile("apps/(?:\\w+/)?(\\w+)\\.jar");

    private StartupBenchmark() {
    }

    /** One start: what the launcher said and when, and what the processes held once it was ready. */
    record Start(String name, double seconds, Map<String, Double> readyAfter, double cpuSeconds,
                 Map<String, Long> pssKb, Map<String, Long> pssLaterKb, String load) {

        long totalKb() {
            return pssKb.values().stream().mapToLong(Long::longValue).sum();
        }

        long totalLaterKb() {
            return pssLaterKb.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public static void main(String[] args) throws Exception {
        int settle = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        String[] options = launcherOptions();
        Path target = Files.createDirectories(Path.of("target"));
        Path dataDir = Files.createTempDirectory(target, "startup-data-");
        String loadBefore = loadAverage();
        Start first = measure("first start (demo data loaded)", dataDir, options, settle);
        Start second = measure("second start", dataDir, options, settle);
        String report = report(loadBefore, options, settle, first, second);
        System.out.println(report);
        write(report);
        System.out.println("added to " + REPORT.toAbsolutePath());
    }

    private static String[] launcherOptions() {
        String given = System.getenv().getOrDefault("BENCHMARK_LAUNCHER_OPTIONS", "").strip();
        if (given.isEmpty()) {
            return new String[0];
        }
        // --jvm-options=... takes the rest: its value has spaces
        int jvm = given.indexOf("--jvm-options=");
        var options = new ArrayList<String>();
        String before = jvm < 0 ? given : given.substring(0, jvm).strip();
        if (!before.isEmpty()) {
            options.addAll(List.of(before.split("\\s+")));
        }
        if (jvm >= 0) {
            options.add(given.substring(jvm));
        }
        return options.toArray(String[]::new);
    }

    private static Start measure(String name, Path dataDir, String[] options, int settle) throws Exception {
        String load = loadAverage();
        long begin = System.nanoTime();
        try (var system = RunningSystem.startOn(dataDir, Map.of(), options)) {
            double seconds = (System.nanoTime() - begin) / 1e9;
            var processes = system.processes();
            double cpu = processes.stream().mapToLong(p -> p.info().totalCpuDuration().orElse(Duration.ZERO).toMillis())
                    .sum() / 1000.0;
            var pss = pssByPart(processes);
            Thread.sleep(Duration.ofSeconds(settle));
            var later = pssByPart(system.processes());
            var start = new Start(name, seconds, readyAfter(system.output()), cpu, pss, later, load);
            System.out.printf(Locale.ROOT, "%s: ready in %.1f s, %d MB PSS%n", name, seconds, start.totalKb() / 1024);
            return start;
        }
    }

    /** When each part said it was ready, in seconds from the launcher's start. */
    static Map<String, Double> readyAfter(List<String> output) {
        var ready = new LinkedHashMap<String, Double>();
        for (String line : output) {
            var matcher = READY.matcher(line);
            if (matcher.find()) {
                ready.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
            }
            var routes = ROUTES.matcher(line);
            if (routes.find()) {
                ready.put("every route through the gateway", Double.parseDouble(routes.group(1)));
            }
            var demo = DEMO.matcher(line);
            if (demo.find()) {
                ready.put("demo data: loading took", Double.parseDouble(demo.group(1)));
            }
        }
        return ready;
    }

    /** PSS in kB by part: each service instance, PostgreSQL (every backend), the launcher with Kafka. */
    private static Map<String, Long> pssByPart(List<ProcessHandle> processes) {
        var byPart = new TreeMap<String, Long>();
        for (ProcessHandle process : processes) {
            long kb = pssKb(process.pid());
            if (kb > 0) {
                byPart.merge(partOf(process), kb, Long::sum);
            }
        }
        return byPart;
    }

    private static String partOf(ProcessHandle process) {
        String executable = process.info().command().orElse("");
        String commandLine = process.info().commandLine().orElse("");
        if (executable.endsWith("/postgres") || commandLine.startsWith("postgres")) {
            return "postgres";
        }
        if (SERVICE_JAR.matcher(commandLine).find()) {
            return instanceIdOf(process.pid()).orElse("service pid " + process.pid());
        }
        return commandLine.contains("launcher") ? "launcher (Kafka)" : "other: " + executable;
    }

    private static java.util.Optional<String> instanceIdOf(long pid) {
        try {
            String environment = new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "environ")),
                    StandardCharsets.UTF_8);
            for (String entry : environment.split("\0")) {
                if (entry.startsWith("SHELFWISE_INSTANCE_ID=")) {
                    return java.util.Optional.of(entry.substring("SHELFWISE_INSTANCE_ID=".length()));
                }
            }
        } catch (IOException gone) {
            // the process has exited
        }
        return java.util.Optional.empty();
    }

    /** The process's proportional set size, from {@code /proc/<pid>/smaps_rollup}; 0 once it has gone. */
    static long pssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.substring(4).strip().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException gone) {
            // exited meanwhile, or not ours to read
        }
        return 0;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return fields[0] + " / " + fields[1] + " / " + fields[2];
        } catch (IOException e) {
            return "n/a";
        }
    }

    private static String report(String loadBefore, String[] options, int settle, Start first, Start second) {
        var out = new StringBuilder();
        out.append("## Run of ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append("\n\n");
        out.append("`./benchmark startup`").append(options.length == 0 ? "" : " with `BENCHMARK_LAUNCHER_OPTIONS="
                + String.join(" ", options) + "`").append(", commit ").append(gitCommit())
                .append("; load average (1/5/15 min) before the run ").append(loadBefore).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs.\n\n");
        out.append("| | ").append(first.name()).append(" | ").append(second.name()).append(" |\n");
        out.append("| --- | ---: | ---: |\n");
        out.append(row("**ready (launcher started → \"Shelfwise is ready\"), s**", first.seconds(), second.seconds()));
        out.append(String.format(Locale.ROOT, "| **memory once ready, PSS of every process, MB** | %d | %d |%n",
                first.totalKb() / 1024, second.totalKb() / 1024));
        out.append(String.format(Locale.ROOT, "| memory %d s later, MB | %d | %d |%n", settle,
                first.totalLaterKb() / 1024, second.totalLaterKb() / 1024));
        out.append(row("CPU time of every process until ready, s", first.cpuSeconds(), second.cpuSeconds()));
        out.append("| load average before this start | ").append(first.load()).append(" | ").append(second.load())
                .append(" |\n");
        var parts = new ArrayList<>(first.readyAfter().keySet());
        second.readyAfter().keySet().stream().filter(part -> !parts.contains(part)).forEach(parts::add);
        for (String part : parts) {
            out.append("| ").append(part).append(part.contains("took") ? ", s | " : " ready after, s | ")
                    .append(cell(first.readyAfter().get(part))).append(" | ")
                    .append(cell(second.readyAfter().get(part))).append(" |\n");
        }
        var memoryParts = new ArrayList<>(first.pssKb().keySet());
        second.pssKb().keySet().stream().filter(part -> !memoryParts.contains(part)).forEach(memoryParts::add);
        for (String part : memoryParts) {
            out.append("| PSS of ").append(part).append(", MB | ")
                    .append(mb(first.pssKb().get(part))).append(" | ").append(mb(second.pssKb().get(part)))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String row(String label, double first, double second) {
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f |%n", label, first, second);
    }

    private static String cell(Double seconds) {
        return seconds == null ? "–" : String.format(Locale.ROOT, "%.1f", seconds);
    }

    private static String mb(Long kb) {
        return kb == null ? "–" : String.valueOf(Math.round(kb / 1024.0));
    }

    private static String gitCommit() {
        try {
            var git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String commit = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 ? "`" + commit + "`" : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    /** Adds the run under the file's heading, above the runs before it, which stay. */
    private static void write(String run) throws IOException {
        String existing = Files.exists(REPORT) ? Files.readString(REPORT) : """
                # Startup: ready time and memory

                `./benchmark startup` (`org.shelfwise.benchmarks.startup.StartupBenchmark`) starts the system as
                `./shelfwise up` does, on free ports in a fresh data directory: the first start, which loads the demo
                data; then it stops it and starts it again on the same data directory: the second start. *Ready* is
                from starting the launcher's JVM to its line "Shelfwise is ready" (every instance healthy, every
                route answering through the gateway, the demo data in); each part's time is from the launcher's
                log, counted from the launcher's start. *Memory* is the sum of the PSS (`/proc/<pid>/smaps_rollup`:
                shared pages counted once, split between the processes sharing them) of every process of the system:
                the launcher (which runs Kafka), every service JVM, and PostgreSQL with all its backends; measured
                at ready and again after a pause. The targets (issue 21): ready within 20 s, at most 1.2 GB.
                Results vary with what else runs on the machine: each run notes the load average.

                %s
                """.formatted(RUNS_MARKER);
        if (!existing.contains(RUNS_MARKER)) {
            existing = existing.stripTrailing() + "\n\n" + RUNS_MARKER + "\n";
        }
        int at = existing.indexOf(RUNS_MARKER) + RUNS_MARKER.length();
        Files.writeString(REPORT, existing.substring(0, at) + "\n\n" + run + existing.substring(at));
    }
}
