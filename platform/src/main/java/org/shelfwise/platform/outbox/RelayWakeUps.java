package org.shelfwise.platform.outbox;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Runs the {@link OutboxRelay} as soon as outbox rows commit, instead of polling the table ten times a second: the
 * outbox's trigger ({@code R__outbox_wake_up.sql}) notifies channel {@value #CHANNEL} at commit, and one connection
 * of this instance's own, outside the pool, listens on it. With no notification for {@code fallback} the relay runs
 * anyway, so a notification lost with its connection (the database restarted, the network cut) delays events by
 * that much at most and loses none. After a failed relay (the broker away) it tries again within {@code retry}.
 * Every instance is woken; the relay's advisory lock lets one send, and the others find nothing to do.
 */
public class RelayWakeUps implements SmartLifecycle {

    static final String CHANNEL = "outbox_wake_up";

    private static final Logger log = LoggerFactory.getLogger(RelayWakeUps.class);

    /** Opens a connection of its own to the service's database. */
    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    private final OutboxRelay relay;
    private final Connections connections;
    private final Duration fallback;
    private final Duration retry;
    private volatile boolean running;
    private volatile Connection listening;
    private boolean listenFailed;
    private Thread thread;

    public RelayWakeUps(OutboxRelay relay, Connections connections, Duration fallback, Duration retry) {
        this.relay = relay;
        this.connections = connections;
        this.fallback = fallback;
        this.retry = retry;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("outbox-relay").start(this::run);
    }

    @Override
    public synchronized void stop() {
        running = false;
        // closing the connection ends a wait for notifications at once
        close();
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(20));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
        close();
    }

    /** Started before the web server and stopped after it: events of requests finished in its graceful shutdown leave. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 4096;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        boolean caughtUp = true;
        while (running) {
            awaitWakeUp(caughtUp ? fallback : retry);
            if (running) {
                caughtUp = relay.relay();
            }
        }
    }

    /** Returns when a notification arrives or {@code longest} has passed; at once after (re)connecting. */
    private void awaitWakeUp(Duration longest) {
        try {
            if (listening == null) {
                listen();
                // rows committed before LISTEN took effect notified no one: relay them now
                return;
            }
            listening.unwrap(PGConnection.class).getNotifications((int) longest.toMillis());
        } catch (SQLException | RuntimeException e) {
            close();
            if (running) {
                if (!listenFailed) {
                    log.warn("Outbox relay cannot listen for new events, polls every {} s instead until it can: {}",
                            fallback.toSeconds(), e.getMessage());
                    listenFailed = true;
                }
                sleep(longest);
            }
        }
    }

    private void listen() throws SQLException {
        var connection = connections.open();
        try {
            connection.setAutoCommit(true);
            try (var statement = connection.createStatement()) {
                statement.execute("listen " + CHANNEL);
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        listening = connection;
        if (listenFailed) {
            log.info("Outbox relay listens for new events again");
            listenFailed = false;
        }
    }

    private void close() {
        var connection = listening;
        listening = null;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // it was broken already
            }
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
