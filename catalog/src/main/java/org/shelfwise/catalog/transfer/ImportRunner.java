package org.shelfwise.catalog.transfer;

import jakarta.annotation.PreDestroy;
import org.shelfwise.catalog.transfer.ImportJobs.Claim;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs this instance's import jobs in the background, one at a time: claims the oldest job no live lease holds,
 * renews the lease while it works, and gives a job back when it cannot go on (the database away a moment): another
 * claim resumes it after its last committed batch. A job that fails that way {@value #MAX_ATTEMPTS} times, or whose
 * file cannot be read at all, is failed with the reason.
 */
@Component
class ImportRunner {

    static final int MAX_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportJobs jobs;
    private final BookImport bookImport;
    private final boolean enabled;
    private final String instance = "catalog-" + UUID.randomUUID();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("import-runner").factory());
    private final AtomicBoolean busy = new AtomicBoolean();
    private final Set<Claim> running = ConcurrentHashMap.newKeySet();
    private final Map<UUID, Boolean> lost = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    ImportRunner(ImportJobs jobs, BookImport bookImport, @Value("${shelfwise.import.runner:true}") boolean enabled) {
        this.jobs = jobs;
        this.bookImport = bookImport;
        this.enabled = enabled;
    }

    /** A new owner name for one claim, so that a lease this instance lost is never taken for a later one. */
    String owner() {
        return instance + "/" + UUID.randomUUID();
    }

    @Scheduled(fixedDelayString = "${shelfwise.import.poll:1s}")
    void poll() {
        if (!enabled || stopping || !busy.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(() -> {
                try {
                    while (!stopping) {
                        var claim = jobs.claimNext(owner(), bookImport.lease());
                        if (claim.isEmpty()) {
                            break;
                        }
                        run(claim.get());
                    }
                } catch (DataAccessException e) {
                    log.warn("Cannot claim an import job now: {}", e.getMessage());
                } finally {
                    busy.set(false);
                }
            });
        } catch (RuntimeException e) {
            busy.set(false);
        }
    }

    /** Runs a claimed job until it ends or this instance stops; its lease renewed meanwhile. */
    void run(Claim claim) {
        if (claim.attempts() > MAX_ATTEMPTS) {
            jobs.end(claim, ImportState.FAILED, "given up after " + MAX_ATTEMPTS + " attempts");
            return;
        }
        running.add(claim);
        try {
            bookImport.run(claim, () -> !stopping && !lost.containsKey(claim.id()));
        } catch (BookImport.LeaseLost e) {
            log.info("Import job {} is no longer this instance's (cancelled or taken over)", claim.id());
        } catch (MalformedFile e) {
            jobs.end(claim, ImportState.FAILED, e.getMessage());
        } catch (RuntimeException e) {
            // the database away a moment, or a fault of ours: another claim resumes it, up to MAX_ATTEMPTS times
            log.warn("Import job {} stopped, to be resumed: {}", claim.id(), e.toString());
            try {
                jobs.release(claim);
            } catch (DataAccessException again) {
                // the lease expires by itself
            }
        } finally {
            running.remove(claim);
            lost.remove(claim.id());
        }
        if (stopping) {
            jobs.release(claim);
        }
    }

    @Scheduled(fixedDelayString = "${shelfwise.import.renew:5s}")
    void renew() {
        for (var claim : running) {
            try {
                if (!jobs.renew(claim, bookImport.lease())) {
                    lost.put(claim.id(), true);
                }
            } catch (DataAccessException e) {
                log.warn("Cannot renew the lease of import job {}: {}", claim.id(), e.getMessage());
            }
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        worker.shutdown();
    }
}
