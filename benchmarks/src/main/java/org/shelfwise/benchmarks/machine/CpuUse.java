package org.shelfwise.benchmarks.machine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.shelfwise.driver.RunningSystem;

/**
 * The CPU time each part of a running system has used, and the machine's CPU counters, at one moment. Two of them
 * tell what one measured window cost: CPU milliseconds per operation for each part, a figure that a busy machine
 * disturbs far less than latency; and the share of time the hypervisor gave the machine's CPUs to others (steal),
 * which slows everything down without any process using more.
 */
public record CpuUse(Map<String, Duration> byPart, long[] machineTicks) {

    /** The parts, in the order a report lists them. */
    public static final List<String> PARTS = List.of("gateway", "circulation", "catalog", "patrons", "postgres",
            "launcher", "load");

    /** A service's jar: {@code apps/catalog.jar}, or its extracted form beside its AOT cache, {@code apps/catalog/catalog.jar}. */
    private static final Pattern SERVICE_JAR = Pattern.compile("apps/(?:\\w+/)?(\\w+)\\.jar");

    public static CpuUse of(RunningSystem system) {
        var byPart = new TreeMap<String, Duration>();
        for (var process : system.processes()) {
            String part = partOf(process.info().command().orElse(""), process.info().commandLine().orElse(""));
            process.info().totalCpuDuration().ifPresent(cpu -> byPart.merge(part, cpu, Duration::plus));
        }
        ProcessHandle.current().info().totalCpuDuration().ifPresent(cpu -> byPart.put("load", cpu));
        return new CpuUse(byPart, readMachineTicks());
    }

    private static String partOf(String executable, String commandLine) {
        var service = SERVICE_JAR.matcher(commandLine);
        if (service.find()) {
            return service.group(1);
        }
        return executable.endsWith("/postgres") || commandLine.startsWith("postgres") ? "postgres" : "launcher";
    }

    /** The first line of /proc/stat: user, nice, system, idle, iowait, irq, softirq, steal (clock ticks); else none. */
    private static long[] readMachineTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long[] ticks = new long[8];
            for (int i = 0; i < ticks.length && i + 1 < fields.length; i++) {
                ticks[i] = Long.parseLong(fields[i + 1]);
            }
            return ticks;
        } catch (IOException | RuntimeException e) {
            return new long[0];
        }
    }

    /** CPU milliseconds per operation for each part, from {@code earlier} to this. */
    public Map<String, Double> perOperationSince(CpuUse earlier, long operations) {
        var perOperation = new LinkedHashMap<String, Double>();
        for (String part : PARTS) {
            Duration used = byPart.getOrDefault(part, Duration.ZERO)
                    .minus(earlier.byPart.getOrDefault(part, Duration.ZERO));
            perOperation.put(part, operations == 0 ? 0 : used.toNanos() / 1e6 / operations);
        }
        return perOperation;
    }

    /** The sum of the parts' figures of {@link #perOperationSince}. */
    public static double total(Map<String, Double> perOperation) {
        return perOperation.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The parts' figures of {@link #perOperationSince}, then their total, as Markdown cells {@code "a | b | total"}. */
    public static String cells(Map<String, Double> perOperation) {
        var cells = new ArrayList<String>();
        perOperation.values().forEach(ms -> cells.add(String.format(Locale.ROOT, "%.2f", ms)));
        cells.add(String.format(Locale.ROOT, "%.2f", total(perOperation)));
        return String.join(" | ", cells);
    }

    /** Of the machine's CPU time from {@code earlier} to this, the percentages busy (user and system) and stolen. */
    public String busyAndStolenSince(CpuUse earlier) {
        double[] shares = sharesSince(earlier);
        return shares.length == 0 ? "n/a | n/a" : String.format(Locale.ROOT, "%.0f %% | %.0f %%", shares[0], shares[1]);
    }

    /** The percentage of the machine's CPU time from {@code earlier} to this that was busy; 0 where unknown. */
    public double busySince(CpuUse earlier) {
        double[] shares = sharesSince(earlier);
        return shares.length == 0 ? 0 : shares[0];
    }

    private double[] sharesSince(CpuUse earlier) {
        if (machineTicks.length == 0 || earlier.machineTicks.length == 0) {
            return new double[0];
        }
        long[] d = new long[machineTicks.length];
        long total = 0;
        for (int i = 0; i < d.length; i++) {
            d[i] = machineTicks[i] - earlier.machineTicks[i];
            total += d[i];
        }
        return total == 0 ? new double[0]
                : new double[] {100.0 * (d[0] + d[1] + d[2] + d[5] + d[6]) / total, 100.0 * d[7] / total};
    }
}
