package org.shelfwise.launcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Stops what a launcher that died without cleaning up (kill -9, a crash) left running on a data directory: its
 * service JVMs, listed in {@code services.pid}, and PostgreSQL, which names itself in {@code postmaster.pid}.
 * Without this the next start would fail on ports and a database directory still in use.
 */
final class Leftovers {

    private static final Logger log = LoggerFactory.getLogger(Leftovers.class);

    private final Path servicesPidFile;
    private final Path postmasterPidFile;

    Leftovers(Path dataDir) {
        this.servicesPidFile = dataDir.resolve("services.pid");
        this.postmasterPidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
    }

    /** Records the running services, one {@code <instance-id> <pid>} line each. */
    void record(List<ServiceProcess> services) throws IOException {
        Files.write(servicesPidFile, services.stream().map(s -> s.instance().id() + " " + s.pid()).toList());
    }

    void forget() throws IOException {
        Files.deleteIfExists(servicesPidFile);
    }

    /** Must run while holding the data directory's claim: only then is whatever is listed here an orphan. */
    void stopOrphans() throws IOException, InterruptedException {
        if (Files.exists(servicesPidFile)) {
            List<ProcessHandle> services = Files.readAllLines(servicesPidFile).stream()
                    .map(line -> line.trim().split(" "))
                    .filter(idAndPid -> idAndPid.length == 2)
                    // the pid may have been reused since: only a JVM running that service's jar is ours
                    .flatMap(idAndPid -> alive(idAndPid[1], info -> runsJarOf(info, idAndPid[0])).stream())
                    .toList();
            stop("service JVMs", services);
            forget();
        }
        if (Files.exists(postmasterPidFile)) {
            String pid = Files.readAllLines(postmasterPidFile).getFirst().trim();
            // SIGTERM is PostgreSQL's smart shutdown, quick once no service is connected any more
            stop("PostgreSQL", alive(pid, info -> info.command().map(c -> c.endsWith("/postgres")).orElse(false))
                    .stream().toList());
        }
    }

    private static boolean runsJarOf(ProcessHandle.Info info, String instanceId) {
        String jar = instanceId.replaceFirst("-\\d+$", "") + ".jar";
        return info.arguments().map(args -> List.of(args).stream().anyMatch(arg -> arg.endsWith(jar))).orElse(false);
    }

    private static Optional<ProcessHandle> alive(String pid, Predicate<ProcessHandle.Info> isOurs) {
        try {
            return ProcessHandle.of(Long.parseLong(pid))
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> isOurs.test(handle.info()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void stop(String what, List<ProcessHandle> processes) throws InterruptedException {
        if (processes.isEmpty()) {
            return;
        }
        log.warn("Stopping {} left running by a launcher that did not stop cleanly: pids {}", what,
                processes.stream().map(ProcessHandle::pid).toList());
        processes.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(20, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                process.destroyForcibly();
            }
        }
    }
}
