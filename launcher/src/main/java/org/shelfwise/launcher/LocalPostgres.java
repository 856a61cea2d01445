package org.shelfwise.launcher;

import org.shelfwise.embedded.EmbeddedPostgresServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The local system's PostgreSQL server, started again on the same port and data directory whenever it dies while
 * the system runs (PostgreSQL recovers from its WAL on start; the services' connection pools reconnect). Its own log
 * goes to {@code logs/postgres.log} beside the services' logs.
 */
final class LocalPostgres implements Supervisor.Supervised<EmbeddedPostgresServer> {

    /** How often the postmaster is looked at: it is no child of the launcher, so nothing tells us it died. */
    private static final long CHECK_EVERY_MS = 500;

    private final Path dataDirectory;
    private final int port;
    private final EmbeddedPostgresServer.Settings settings;
    private final ScheduledExecutorService timer;
    private volatile EmbeddedPostgresServer server;
    private boolean closed;

    LocalPostgres(LauncherOptions options, ScheduledExecutorService timer) {
        this.dataDirectory = options.dataDir().resolve("postgres");
        this.port = options.postgresPort();
        this.settings = new EmbeddedPostgresServer.Settings(options.postgresSharedBuffers(),
                options.postgresSynchronousCommit(), options.dataDir().resolve("logs").resolve("postgres.log"));
        this.timer = timer;
    }

    /** Starts the server and has it supervised while {@code running}. */
    EmbeddedPostgresServer start(BooleanSupplier running) {
        server = EmbeddedPostgresServer.start(dataDirectory, port, settings);
        new Supervisor<>(this, running, timer).watch(server);
        return server;
    }

    Path log() {
        return settings.log();
    }

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public synchronized EmbeddedPostgresServer startAgain() throws IOException {
        if (closed) {
            throw new IllegalStateException("stopping");
        }
        // releases the library's lock on the data directory; its own attempt to stop the dead server fails quietly
        server.close();
        // The library locks this file for as long as its server object lives, and one whose start failed (the dead
        // server's backends still hold its shared memory for a moment) is lost with the lock held: every later start
        // in this JVM would fail on it. A new file is a new lock; two launchers are kept apart by DataDirectoryClaim.
        Files.deleteIfExists(dataDirectory.resolve("epg-lock"));
        server = EmbeddedPostgresServer.start(dataDirectory, port, settings);
        return server;
    }

    @Override
    public CompletableFuture<Supervisor.Ending> ending(EmbeddedPostgresServer running) {
        var ending = new CompletableFuture<Supervisor.Ending>();
        var postmaster = running.postmaster();
        if (postmaster.isEmpty()) {
            ending.complete(new Supervisor.Ending("is not running", true));
            return ending;
        }
        var check = timer.scheduleWithFixedDelay(() -> {
            if (!postmaster.get().isAlive()) {
                ending.complete(new Supervisor.Ending("stopped unexpectedly (postmaster pid " + postmaster.get().pid()
                        + "; see " + settings.log() + ")", true));
            }
        }, CHECK_EVERY_MS, CHECK_EVERY_MS, TimeUnit.MILLISECONDS);
        ending.whenComplete((how, failure) -> check.cancel(false));
        return ending;
    }

    /** Stops the server (a fast shutdown); the supervisor must have been told the system is stopping. */
    synchronized void close() {
        closed = true;
        if (server != null) {
            server.close();
        }
    }
}
