package org.shelfwise.launcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SupervisorTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Sleepers sleepers = new Sleepers();

    @AfterEach
    void stop() {
        running.set(false);
        timer.shutdownNow();
        sleepers.started.forEach(Process::destroyForcibly);
    }

    @Test
    void startsAProcessAgainAfterItWasKilledAndAgainWhenThatOneIsKilled() throws Exception {
        new Supervisor<>(sleepers, running::get, timer).watch(sleepers.startAgain());

        sleepers.started.getFirst().destroyForcibly();
        await().atMost(Duration.ofSeconds(10)).until(() -> sleepers.started.size() == 2);
        assertThat(sleepers.started.get(1).isAlive()).isTrue();

        sleepers.started.get(1).destroyForcibly();
        await().atMost(Duration.ofSeconds(10)).until(() -> sleepers.started.size() == 3);
        assertThat(sleepers.started.get(2).isAlive()).isTrue();
    }

    @Test
    void leavesAProcessThatWasAskedToStop() throws Exception {
        sleepers.startAgainWhenKilled = false;
        new Supervisor<>(sleepers, running::get, timer).watch(sleepers.startAgain());
        sleepers.started.getFirst().destroyForcibly();

        // the supervisor would start one after its first back-off of a second; three give it every chance
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> sleepers.started.size() == 1);
    }

    @Test
    void leavesAProcessThatEndsWhileTheSystemStops() throws Exception {
        new Supervisor<>(sleepers, running::get, timer).watch(sleepers.startAgain());
        running.set(false);
        sleepers.started.getFirst().destroyForcibly();

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> sleepers.started.size() == 1);
    }

    @Test
    void triesAgainWhenAStartFails() throws Exception {
        var supervisor = new Supervisor<>(sleepers, running::get, timer);
        supervisor.watch(sleepers.startAgain());
        sleepers.failures = 1;
        sleepers.started.getFirst().destroyForcibly();
        // first start after 1 s fails, the next after 2 s more succeeds
        await().atMost(Duration.ofSeconds(10)).until(() -> sleepers.started.size() == 2);
        assertThat(sleepers.failures).isZero();
    }

    /** Real processes that only wait: {@code sleep 600}. */
    private static final class Sleepers implements Supervisor.Supervised<Process> {

        final List<Process> started = new CopyOnWriteArrayList<>();
        volatile boolean startAgainWhenKilled = true;
        volatile int failures;

        @Override
        public String name() {
            return "sleeper";
        }

        @Override
        public Process startAgain() throws IOException {
            if (failures > 0) {
                failures--;
                throw new IOException("refused, as asked");
            }
            Process process = new ProcessBuilder("sleep", "600").start();
            started.add(process);
            return process;
        }

        @Override
        public CompletableFuture<Supervisor.Ending> ending(Process process) {
            return process.onExit().thenApply(p -> new Supervisor.Ending("ended", startAgainWhenKilled));
        }
    }
}
