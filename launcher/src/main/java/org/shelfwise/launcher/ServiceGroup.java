package org.shelfwise.launcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;

/**
 * The service JVMs of the local system, each recorded for the clean-up after a crash as soon as it runs, and each
 * started again by a {@link Supervisor} when it dies while the system runs.
 */
final class ServiceGroup {

    private static final Logger log = LoggerFactory.getLogger(ServiceGroup.class);
    private static final Duration SLOW_STOP = Duration.ofSeconds(5);
    /** What the JVM exits with after SIGTERM or SIGINT (128 + signal), or {@code System.exit(0)}: someone asked. */
    private static final List<Integer> ASKED_TO_STOP = List.of(0, 130, 143);

    private final LauncherOptions options;
    private final Leftovers leftovers;
    private final BooleanSupplier running;
    private final ScheduledExecutorService timer;
    private final boolean training;
    private final List<ServiceProcess> processes = new ArrayList<>();
    private boolean stopping;

    /**
     * {@code running}: the system is up, so an exit is unexpected (while starting, Readiness reports it);
     * {@code training}: the first instance of each service records an AOT cache, written when it stops
     * ({@link AotTraining}).
     */
    ServiceGroup(LauncherOptions options, Leftovers leftovers, BooleanSupplier running, ScheduledExecutorService timer,
                 boolean training) {
        this.options = options;
        this.leftovers = leftovers;
        this.running = running;
        this.timer = timer;
        this.training = training;
    }

    synchronized void startAll(List<LaunchSpec> specs) throws IOException {
        Path logs = Files.createDirectories(options.dataDir().resolve("logs"));
        for (LaunchSpec spec : specs) {
            ServiceInstance instance = spec.instance();
            Path logFile = logs.resolve(instance.id() + ".log");
            log.info("Starting {} on port {}{} (log: {})", instance.id(), instance.port(), howStarted(instance),
                    logFile);
            var process = launch(spec, logFile, false);
            processes.add(process);
            leftovers.record(processes);
            new Supervisor<>(new Instance(spec, logFile), running, timer).watch(process);
        }
    }

    synchronized List<ServiceProcess> processes() {
        return List.copyOf(processes);
    }

    private String howStarted(ServiceInstance instance) {
        ServiceJar jar = ServiceJar.of(options.appsDir(), instance.service());
        if (training) {
            return instance.number() == 1 ? ", recording its AOT cache" : "";
        }
        return jar.hasCache() ? ", with its AOT cache" : "";
    }

    /**
     * Asks all to stop at once (Spring Boot's graceful shutdown), and kills those still running after the grace.
     * While training, one after the other, each with the whole grace: each JVM that recorded writes its AOT cache
     * as it exits, and one at a time keeps the machine's memory and CPUs for the one writing.
     */
    void stopAll(Duration grace) throws InterruptedException, IOException {
        List<ServiceProcess> running;
        synchronized (this) {
            stopping = true; // no instance is started again from here on
            running = List.copyOf(processes);
        }
        if (training) {
            for (ServiceProcess process : running) {
                process.requestStop();
                if (!process.awaitExit(grace)) {
                    log.warn("{} did not stop within {} s; killing it", process.instance().id(), grace.toSeconds());
                    process.kill();
                    process.awaitExit(Duration.ofSeconds(5));
                }
            }
            leftovers.forget();
            return;
        }
        long start = System.nanoTime();
        running.forEach(ServiceProcess::requestStop);
        for (ServiceProcess process : running) {
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

    private ServiceProcess launch(LaunchSpec spec, Path logFile, boolean append) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ServiceJar jar = ServiceJar.of(options.appsDir(), spec.instance().service());
        // a restart while training runs as usual: its cache would be of a run begun part-way
        boolean records = training && spec.instance().number() == 1 && !append;
        return ServiceProcess.start(spec, java, options.jvmOptions(), jar.launchArguments(records), logFile, append);
    }

    /** Starts the instance of {@code spec} again in place of {@code dead}, appending to its log. */
    private synchronized ServiceProcess replace(LaunchSpec spec, Path logFile) throws IOException {
        if (stopping) {
            throw new IllegalStateException("stopping");
        }
        Files.writeString(logFile, "%n---- %s: started again by the launcher ----%n".formatted(Instant.now()),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        var process = launch(spec, logFile, true);
        processes.replaceAll(old -> old.instance().equals(spec.instance()) ? process : old);
        leftovers.record(processes);
        // says when it serves again, as at the first start; a death meanwhile is the supervisor's to handle
        Thread.ofVirtual().name(spec.instance().id() + "-readiness").start(() -> {
            try {
                new Readiness().await(List.of(process), options.startupTimeout(), () -> !running.getAsBoolean());
            } catch (StartupFailure | InterruptedException diedOrStopping) {
                // logged by the supervisor, or the system is stopping
            }
        });
        return process;
    }

    /** One instance as its supervisor sees it. */
    private final class Instance implements Supervisor.Supervised<ServiceProcess> {

        private final LaunchSpec spec;
        private final Path logFile;

        Instance(LaunchSpec spec, Path logFile) {
            this.spec = spec;
            this.logFile = logFile;
        }

        @Override
        public String name() {
            return spec.instance().id();
        }

        @Override
        public ServiceProcess startAgain() throws IOException {
            return replace(spec, logFile);
        }

        @Override
        public CompletableFuture<Supervisor.Ending> ending(ServiceProcess process) {
            return process.onExit().thenApply(exited -> {
                int code = exited.exitValue();
                String tail = running.getAsBoolean()
                        ? ". Last lines of " + process.log() + ":\n" + String.join("\n", process.logTail(30)) : "";
                return new Supervisor.Ending("stopped with exit code " + code, !ASKED_TO_STOP.contains(code), tail);
            });
        }
    }
}
