package org.shelfwise.benchmarks.reads;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a set of processes costs at rest: the CPU they use over a window, as a share of one core, and the memory
 * they hold, counted once however many of them share it (the proportional set size, PSS, from
 * {@code /proc/<pid>/smaps_rollup}: a page shared by n processes counts 1/n in each).
 */
final class Footprint {

    private Footprint() {
    }

    /** The CPU time all these processes have used so far. */
    static Duration cpu(List<ProcessHandle> processes) {
        return processes.stream().map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * The processes listening on {@code port} of this machine and their children (a pre-forking server's workers
     * share its socket), as {@code ss} lists them; empty where {@code ss} cannot tell.
     */
    static List<ProcessHandle> listeningOn(int port) throws IOException, InterruptedException {
        var ss = new ProcessBuilder("ss", "-ltnpH", "sport = :" + port).redirectErrorStream(true).start();
        String output = new String(ss.getInputStream().readAllBytes());
        ss.waitFor();
        var pids = java.util.regex.Pattern.compile("pid=(\\d+)").matcher(output);
        var processes = new java.util.LinkedHashSet<ProcessHandle>();
        while (pids.find()) {
            ProcessHandle.of(Long.parseLong(pids.group(1))).ifPresent(process -> {
                processes.add(process);
                process.descendants().forEach(processes::add);
            });
        }
        return List.copyOf(processes);
    }

    /** Their total PSS, in bytes; a process that has gone (or is not readable) counts 0. */
    static long pss(List<ProcessHandle> processes) {
        long kilobytes = 0;
        for (var process : processes) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "smaps_rollup"))) {
                    if (line.startsWith("Pss:")) {
                        kilobytes += Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException | RuntimeException gone) {
                // ended meanwhile
            }
        }
        return kilobytes * 1024;
    }
}
