package org.shelfwise.catalog.transfer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds spent so far by this JVM and by the PostgreSQL server listening on a port (its postmaster, the
 * backends alive now and those it has reaped), read from Linux's {@code /proc}: what a throughput test measures
 * when other work shares the machine and wall time says little.
 */
record ProcessCpu(double jvm, double postgres) {

    private static final double TICKS = 100.0; // USER_HZ on Linux

    static ProcessCpu now(int postgresPort) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new ProcessCpu(os.getProcessCpuTime() / 1e9, postgres(postgresPort));
    }

    ProcessCpu since(ProcessCpu start) {
        return new ProcessCpu(jvm - start.jvm, postgres - start.postgres);
    }

    private static double postgres(int port) {
        long postmaster = postmaster(port);
        if (postmaster < 0) {
            return Double.NaN;
        }
        long[] self = stat(postmaster);
        double ticks = self[0] + self[1] + self[2] + self[3];
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (var p : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                long[] child = stat(Long.parseLong(p.getFileName().toString()));
                if (child != null && child[4] == postmaster) {
                    ticks += child[0] + child[1];
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return ticks / TICKS;
    }

    private static long postmaster(int port) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (var p : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String cmd = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
                    if (cmd.contains("postgres") && cmd.matches(".*-p " + port + "\\b.*")) {
                        return Long.parseLong(p.getFileName().toString());
                    }
                } catch (IOException gone) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /** utime, stime, cutime, cstime and the parent's pid of a process; null when it is gone. */
    private static long[] stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]),
                    Long.parseLong(f[14]), Long.parseLong(f[1])};
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }
}
