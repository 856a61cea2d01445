package org.shelfwise.launcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Keeps one process of the local system running: when it ends while the system runs, and not because it was asked
 * to, starts it again after a {@link RestartBackoff back-off}, and says so in the log. Before, an instance killed
 * once stayed down until the whole system was restarted, and a crashed PostgreSQL went unnoticed.
 *
 * @param <P> the running process, as its owner knows it
 */
final class Supervisor<P> {

    private static final Logger log = LoggerFactory.getLogger(Supervisor.class);

    /** What a supervisor needs to know of the process it keeps running. */
    interface Supervised<P> {

        String name();

        /** Starts the process again, or throws; runs on the supervisor's timer thread. */
        P startAgain() throws Exception;

        /** Completes when the process has ended, telling how. */
        CompletableFuture<Ending> ending(P process);
    }

    /**
     * How a process ended: a description for the log, whether it is to be started again, and what else the log
     * should show of it (its last lines; empty for none).
     */
    record Ending(String description, boolean startAgain, String detail) {

        Ending(String description, boolean startAgain) {
            this(description, startAgain, "");
        }
    }

    private final Supervised<P> supervised;
    private final BooleanSupplier running;
    private final ScheduledExecutorService timer;
    private final RestartBackoff backoff = new RestartBackoff();

    /** {@code running} is false while the system starts or stops: an ending then is its owner's to handle. */
    Supervisor(Supervised<P> supervised, BooleanSupplier running, ScheduledExecutorService timer) {
        this.supervised = supervised;
        this.running = running;
        this.timer = timer;
    }

    /** Watches a process just started. */
    void watch(P process) {
        long started = System.nanoTime();
        supervised.ending(process).thenAccept(ending -> ended(ending, Duration.ofNanos(System.nanoTime() - started)));
    }

    private void ended(Ending ending, Duration ranFor) {
        if (!running.getAsBoolean()) {
            return;
        }
        if (!ending.startAgain()) {
            log.warn("{} {}; not started again: it was asked to stop{}", supervised.name(), ending.description(),
                    ending.detail());
            return;
        }
        Duration wait = backoff.after(ranFor);
        log.warn("{} {} after running {} s; starting it again in {} s{}", supervised.name(), ending.description(),
                ranFor.toSeconds(), seconds(wait), ending.detail());
        schedule(wait);
    }

    private void schedule(Duration wait) {
        timer.schedule(this::startAgain, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void startAgain() {
        if (!running.getAsBoolean()) {
            return;
        }
        try {
            P process = supervised.startAgain();
            log.info("{} started again", supervised.name());
            watch(process);
        } catch (Exception | LinkageError e) {
            if (!running.getAsBoolean()) {
                return; // refused because the system is stopping
            }
            Duration wait = backoff.after(Duration.ZERO);
            log.warn("{} could not be started again ({}); trying again in {} s", supervised.name(), e.getMessage(),
                    seconds(wait));
            schedule(wait);
        }
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.0f", duration.toMillis() / 1000.0);
    }
}
