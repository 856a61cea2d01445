package org.shelfwise.notifications.notices;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The notices owed and sent: the delivery log. */
@Repository
public class Notices {

    private final JdbcClient jdbc;
    private final Clock clock;

    Notices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Owes the notice unless one with its key is owed already; returns whether it was new. */
    boolean owe(Owed owed) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        insert into notice (id, dedupe_key, kind, patron_id, hold_id, loan_id, copy_id, due_date, level,
                            amount, status, next_attempt_at, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)
                        on conflict (dedupe_key) do nothing""")
                .params(UUID.randomUUID(), owed.dedupeKey(), owed.kind().name(), owed.patronId(), owed.holdId(),
                        owed.loanId(), owed.copyId(), owed.dueDate(), owed.level(), owed.amount(), now, now)
                .update() == 1;
    }

    /** Owes a check-out receipt, only to a patron who asked for receipts by email (at once or in the digest). */
    boolean oweReceipt(Owed owed) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        insert into notice (id, dedupe_key, kind, patron_id, loan_id, due_date, status, next_attempt_at,
                            created_at)
                        select ?, ?, ?, ?, ?, ?, 'PENDING', ?, ? where exists (select 1 from notice_preference
                            where patron_id = ? and (? = any (email_kinds) or ? = any (digest_kinds)))
                        on conflict (dedupe_key) do nothing""")
                .params(UUID.randomUUID(), owed.dedupeKey(), owed.kind().name(), owed.patronId(), owed.loanId(),
                        owed.dueDate(), now, now, owed.patronId(), owed.kind().name(), owed.kind().name())
                .update() == 1;
    }

    /** A notice as the delivery log shows it; {@code digestId}: the digest it was gathered into. */
    public record Notice(UUID id, NoticeKind kind, UUID patronId, NoticeStatus status, int attempts, String recipient,
                         String subject, String body, String failure, Instant createdAt, Instant sentAt,
                         UUID resendOf, UUID digestId) {
    }

    private static final String COLUMNS = """
            id, kind, patron_id, status, attempts, recipient, subject, body, failure, created_at, sent_at, resend_of,
            digest_id""";

    private static Notice map(ResultSet rs, int row) throws SQLException {
        return new Notice(rs.getObject("id", UUID.class), NoticeKind.valueOf(rs.getString("kind")),
                rs.getObject("patron_id", UUID.class), NoticeStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
                rs.getString("failure"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")),
                rs.getObject("resend_of", UUID.class), rs.getObject("digest_id", UUID.class));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    public Optional<Notice> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from notice where id = ?").param(id).query(Notices::map).optional();
    }

    /** A patron's notices, newest first. */
    List<Notice> ofPatron(UUID patronId, int limit, int offset) {
        return jdbc.sql("select " + COLUMNS + " from notice where patron_id = ? order by created_at desc, id limit ? offset ?")
                .params(patronId, limit, offset).query(Notices::map).list();
    }

    /** The notices owed on paper to patrons without an email address, oldest first, since {@code since}. */
    List<Notice> toPrint(LocalDate since, int limit) {
        return jdbc.sql("select " + COLUMNS + " from notice where status = 'PRINT' and created_at >= ? order by created_at, id limit ?")
                .params(Timestamp.from(since.atStartOfDay(clock.getZone()).toInstant()), limit).query(Notices::map).list();
    }

    /** Owes the same notice again, as a new one (checked and rendered afresh when sent). */
    Notice resend(Notice original) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into notice (id, dedupe_key, kind, patron_id, hold_id, loan_id, copy_id, due_date, level,
                            amount, status, next_attempt_at, created_at, resend_of)
                        select ?, 'RESEND:' || ?, kind, patron_id, hold_id, loan_id, copy_id, due_date, level, amount,
                            'PENDING', ?, ?, id from notice where id = ?""")
                .params(id, id, now, now, original.id()).update();
        return find(id).orElseThrow();
    }
}
