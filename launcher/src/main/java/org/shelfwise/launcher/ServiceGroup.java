package org.shelfwise.launcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/** The service JVMs of the local system, each recorded for the clean-up after a crash as soon as it runs. */
final class ServiceGroup {

    private static final Logger log = LoggerFactory.getLogger(ServiceGroup.class);
    private static final Duration SLOW_STOP = Duration.ofSeconds(5);

    private final LauncherOptions options;
    private final Leftovers leftovers;
    private final BooleanSupplier exitsAreUnexpected;
    private final List<ServiceProcess> processes = new ArrayList<>();

    ServiceGroup(LauncherOptions options, Leftovers leftovers, BooleanSupplier exitsAreUnexpected) {
        this.options = options;
        this.leftovers = leftovers;
        this.exitsAreUnexpected = exitsAreUnexpected;
    }

    void startAll(List<LaunchSpec> specs) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path logs = Files.createDirectories(options.dataDir().resolve("logs"));
        for (LaunchSpec spec : specs) {
            ServiceInstance instance = spec.instance();
            Path logFile = logs.resolve(instance.id() + ".log");
            log.info("Starting {} on port {} (log: {})", instance.id(), instance.port(), logFile);
            var process = ServiceProcess.start(spec, java, options.jvmOptions(),
                    Preflight.jarOf(options, instance), logFile);
            processes.add(process);
            leftovers.record(processes);
            process.onExit().thenRun(() -> reportIfUnexpected(process));
        }
    }

    List<ServiceProcess> processes() {
        return List.copyOf(processes);
    }

    /** Asks all to stop at once (Spring Boot's graceful shutdown), and kills those still running after the grace. */
    void stopAll(Duration grace) throws InterruptedException, IOException {
        long start = System.nanoTime();
        processes.forEach(ServiceProcess::requestStop);
        for (ServiceProcess process : processes) {
            Duration left = grace.minus(Duration.ofNanos(System.nanoTime() - start));
            if (!process.awaitExit(left.isNegative() ? Duration.ZERO : left)) {
                log.warn("{} did not stop within {} s; killing it", process.instance().id(), grace.toSeconds());
                process.kill();
                process.awaitExit(Duration.ofSeconds(5));
            } else if (System.nanoTime() - start > SLOW_STOP.toNanos()) {
                log.info("{} took {} s to stop", process.instance().id(),
                        String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
            }
        }
        leftovers.forget();
    }

    private void reportIfUnexpected(ServiceProcess process) {
        if (exitsAreUnexpected.getAsBoolean()) {
            log.warn("{} stopped unexpectedly with exit code {}; the rest keeps running. Last lines of {}:\n{}",
                    process.instance().id(), process.exitValue(), process.log(),
                    String.join("\n", process.logTail(30)));
        }
    }
}
