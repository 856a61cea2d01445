package org.shelfwise.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * A real PostgreSQL server run from the binaries published on Maven Central, one database per service.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * How a server that keeps its data is run.
     *
     * @param sharedBuffers     its buffer cache, in PostgreSQL's notation (e.g. 1GB)
     * @param synchronousCommit whether a commit is answered only once its WAL is on disk; off loses the last
     *                          few hundred milliseconds of acknowledged commits when the server crashes
     * @param log               the file its output is appended to; null leaves it to this library's logger
     */
    public record Settings(String sharedBuffers, boolean synchronousCommit, Path log) {

        /** Durable: no acknowledged commit is lost in a crash. */
        public static Settings durable(String sharedBuffers, Path log) {
            return new Settings(sharedBuffers, true, log);
        }
    }

    /**
     * Starts a server on the given port (0 picks a free one) keeping its data in {@code dataDirectory},
     * or in a throw-away directory when it is null.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        return start(dataDirectory, port, Settings.durable("128MB", null));
    }

    /**
     * As {@link #start(Path, int)}, with {@code settings}. A server that keeps its data is crash safe unless the
     * settings turn synchronous commit off (fsync and full-page writes are always on); a throw-away one (tests)
     * gives durability up for speed, since nothing outlives it.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, Settings settings) {
        boolean keeps = dataDirectory != null;
        try {
            var builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("shared_buffers", settings.sharedBuffers())
                    .setServerConfig("fsync", keeps ? "on" : "off")
                    .setServerConfig("full_page_writes", keeps ? "on" : "off")
                    // the library's default is off: two kill -9s lost twelve answered check-outs under load
                    .setServerConfig("synchronous_commit", keeps && settings.synchronousCommit() ? "on" : "off");
            if (port > 0) {
                builder.setPort(port);
            }
            if (keeps) {
                builder.setDataDirectory(dataDirectory.toFile()).setCleanDataDirectory(false);
            }
            if (settings.log() != null) {
                Files.createDirectories(settings.log().toAbsolutePath().getParent());
                var log = ProcessBuilder.Redirect.appendTo(settings.log().toFile());
                builder.setOutputRedirector(log).setErrorRedirector(log);
            }
            return new EmbeddedPostgresServer(builder.start(), dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    /** Creates the database unless it exists, and returns its JDBC URL. */
    public String database(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (var rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (var create = c.createStatement()) {
                        create.execute("create database " + name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    /** A setting as the running server reports it ({@code show <name>}). */
    public String setting(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a setting name: " + name);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             var rs = c.createStatement().executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read setting " + name, e);
        }
    }

    /**
     * The server's main process (the postmaster), as it names itself in {@code postmaster.pid}: {@code pg_ctl}
     * starts it as a daemon, so it is no child of this JVM. Empty for a throw-away server or one not running.
     */
    public Optional<ProcessHandle> postmaster() {
        if (dataDirectory == null) {
            return Optional.empty();
        }
        try {
            String pid = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst().trim();
            return ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException notRunning) {
            return Optional.empty();
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String username() {
        return "postgres";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
