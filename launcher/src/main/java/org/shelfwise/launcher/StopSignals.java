package org.shelfwise.launcher;

import sun.misc.Signal;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * Runs the orderly stop on Ctrl-C, SIGTERM or a closed terminal before the JVM begins to exit. A shutdown hook
 * would not do: the embedded PostgreSQL registers a hook of its own, and the JVM runs hooks concurrently, so the
 * database would go down while the services are still finishing their requests.
 */
final class StopSignals {

    private static final List<String> SIGNALS = List.of("INT", "TERM", "HUP");

    private StopSignals() {
    }

    /** Calls {@code stop} with the exit code the shell expects of a process ended by that signal (128 + n). */
    static void onStop(IntConsumer stop) {
        for (String name : SIGNALS) {
            try {
                Signal.handle(new Signal(name), signal -> stop.accept(128 + signal.getNumber()));
            } catch (IllegalArgumentException unknownOnThisPlatform) {
                // e.g. HUP on Windows; the shutdown hook still covers it
            }
        }
    }
}
