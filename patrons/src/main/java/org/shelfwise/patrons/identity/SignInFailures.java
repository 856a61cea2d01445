package org.shelfwise.patrons.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The failed sign-ins kept per subject (an account, or a username no account has) and client address. */
@Repository
class SignInFailures {

    /** The address of the row that counts a subject's failures from every address. */
    static final String EVERYWHERE = "*";

    private final JdbcClient jdbc;

    SignInFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Holds the subject until the transaction ends: attempts on one username take turns, whether or not an account
     * has it (an account row can be locked, a username nobody has cannot), so concurrency tells nothing either.
     */
    void hold(String subject) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param(subject).query(Object.class).single();
    }

    Failures of(String subject, String address) {
        return jdbc.sql("""
                        select failures, last_failure_at, locked_until from sign_in_failure
                        where subject = ? and address = ?""")
                .params(subject, address)
                .query((rs, row) -> new Failures(rs.getInt(1), rs.getTimestamp(2).toInstant(),
                        Optional.ofNullable(rs.getTimestamp(3)).map(Timestamp::toInstant).orElse(null)))
                .optional().orElse(Failures.NONE);
    }

    void save(String subject, String address, Failures failures) {
        jdbc.sql("""
                        insert into sign_in_failure (subject, address, failures, last_failure_at, locked_until)
                        values (?, ?, ?, ?, ?)
                        on conflict (subject, address) do update set failures = excluded.failures,
                            last_failure_at = excluded.last_failure_at, locked_until = excluded.locked_until""")
                .params(subject, address, failures.count(), Timestamp.from(failures.lastFailure()),
                        failures.lockedUntil() == null ? null : Timestamp.from(failures.lockedUntil()))
                .update();
    }

    void forget(String subject, String address) {
        jdbc.sql("delete from sign_in_failure where subject = ? and address = ?").params(subject, address).update();
    }

    /** Drops what no longer counts: failures older than {@code before} that locked nothing still in force. */
    int forgetOlderThan(Instant before, Instant now) {
        return jdbc.sql("""
                        delete from sign_in_failure
                        where last_failure_at < ? and (locked_until is null or locked_until < ?)""")
                .params(Timestamp.from(before), Timestamp.from(now)).update();
    }
}
