package org.shelfwise.system;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.shelfwise.embedded.testing.HttpJson;

/** A catalogue reader that reads a page of books (or one path) over and over, counting the reads that fail. */
final class Reader implements Runnable {

    private final HttpJson gateway;
    private final String path;
    private final AtomicBoolean running = new AtomicBoolean(true);
    final AtomicInteger reads = new AtomicInteger();
    final AtomicInteger failures = new AtomicInteger();
    final Map<String, AtomicInteger> servedBy = new ConcurrentHashMap<>();

    Reader(HttpJson gateway) {
        this(gateway, "/api/books?size=5");
    }

    Reader(HttpJson gateway, String path) {
        // each read asks for a fresh answer, so it reaches (and counts) the catalog instances, not the gateway's cache
        this.gateway = gateway.header("Cache-Control", "no-cache");
        this.path = path;
    }

    @Override
    public void run() {
        while (running.get()) {
            try {
                var response = gateway.get(path);
                if (response.status() != 200) {
                    failures.incrementAndGet();
                }
                servedBy.computeIfAbsent(response.servedBy(), id -> new AtomicInteger()).incrementAndGet();
            } catch (IllegalStateException noAnswer) {
                failures.incrementAndGet();
            }
            reads.incrementAndGet();
        }
    }

    void stop() {
        running.set(false);
    }
}
