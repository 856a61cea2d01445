package org.shelfwise.sip.terminals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/** The terminal accounts, with their password hashes (made with the encoder patrons uses for accounts). */
@Repository
public class Terminals {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    // an unknown login costs the same work as a wrong password
    private final String decoyHash;
    /**
     * Password hashing is CPU work of tenths of a second: on the connections' virtual threads, fifty kiosks logging
     * in at once held both carrier threads, and the threads holding database connections could not run to give
     * them back. Platform threads, one a core, share the CPU with the carriers instead.
     */
    private final ExecutorService hashing = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
            Thread.ofPlatform().name("sip-password-", 0).daemon().factory());

    Terminals(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.decoyHash = passwords.encode(UUID.randomUUID().toString());
    }

    void add(Terminal terminal, String password) {
        jdbc.sql("""
                        insert into terminal (id, login, password_hash, location, enabled, created_at)
                        values (?, ?, ?, ?, true, ?)""")
                .params(terminal.id(), terminal.login(), passwords.encode(password), terminal.location(),
                        Timestamp.from(terminal.createdAt()))
                .update();
    }

    List<Terminal> all() {
        return jdbc.sql("select * from terminal order by login").query(Terminals::map).list();
    }

    public Optional<Terminal> find(UUID id) {
        return jdbc.sql("select * from terminal where id = ?").param(id).query(Terminals::map).optional();
    }

    /** Sets whether the terminal may log in; empty when there is no such terminal. */
    Optional<Terminal> enable(UUID id, boolean enabled, Instant now) {
        jdbc.sql("update terminal set enabled = ?, disabled_at = ? where id = ?")
                .params(enabled, enabled ? null : Timestamp.from(now), id).update();
        return find(id);
    }

    /** The enabled terminal with this login and password, if any. */
    public Optional<Terminal> authenticate(String login, String password) {
        var found = jdbc.sql("select * from terminal where login = ?").param(login)
                .query((rs, row) -> new Stored(map(rs, row), rs.getString("password_hash"))).optional();
        boolean right = matches(password, found.map(Stored::hash).orElse(decoyHash));
        return found.filter(stored -> right && stored.terminal().enabled()).map(Stored::terminal);
    }

    private boolean matches(String password, String hash) {
        try {
            return hashing.submit(() -> passwords.matches(password, hash)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking a terminal's password", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not check a terminal's password", e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        hashing.shutdownNow();
    }

    private record Stored(Terminal terminal, String hash) {
    }

    private static Terminal map(ResultSet rs, int row) throws SQLException {
        var disabled = rs.getTimestamp("disabled_at");
        return new Terminal(rs.getObject("id", UUID.class), rs.getString("login"), rs.getString("location"),
                rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant(),
                disabled == null ? null : disabled.toInstant());
    }
}
