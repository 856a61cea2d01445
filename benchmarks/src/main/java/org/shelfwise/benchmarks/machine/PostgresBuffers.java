package org.shelfwise.benchmarks.machine;

/**
 * PostgreSQL's buffer cache for the benchmarks' systems: 1 GB, which holds the million-book catalogue's tables and
 * indexes (about 1.1 GB on disk, of which searches read the book table and its indexes, about 600 MB) or the desk's
 * circulation database, as an operator would size it for that data. With PostgreSQL's default of 128 MB, each
 * uncached common-word search read about 1,800 pages from the operating system's cache, at about 18 µs each on the
 * machine measured. {@code BENCHMARK_POSTGRES_SHARED_BUFFERS} replaces it, to compare.
 */
public final class PostgresBuffers {

    public static final String SIZE = System.getenv().getOrDefault("BENCHMARK_POSTGRES_SHARED_BUFFERS", "1GB");

    private PostgresBuffers() {
    }

    /** The launcher's option that sets it. */
    public static String launcherOption() {
        return "--postgres-shared-buffers=" + SIZE;
    }
}
