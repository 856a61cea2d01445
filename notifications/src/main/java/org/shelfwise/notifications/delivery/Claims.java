package org.shelfwise.notifications.delivery;

import org.shelfwise.notifications.notices.NoticeKind;
import org.shelfwise.notifications.notices.NoticeStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Claims notices for sending and records what became of them. A claim locks the notices it takes and skips those
 * another instance holds ({@code for update skip locked}), and leases them: one whose instance died before
 * recording it is claimed again once the lease is up.
 */
@Repository
class Claims {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    Claims(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /** What a notice is checked and rendered against, joined to {@code c}: the notices claimed, or a digest's. */
    private static final String CURRENT_STATE = """
            select c.id, c.kind, c.patron_id, c.copy_id, c.due_date, c.level, c.amount, c.attempts, c.created_at,
                c.digest_id, h.status as hold_status, h.copy_id as hold_copy_id, h.pickup_by,
                coalesce(h.branch, cb.branch) as branch, coalesce(h.item_barcode, l.item_barcode) as item_barcode,
                l.due_date as loan_due_date, l.loan_id is not null as loan_known,
                l.returned_at is not null as loan_returned, t.title,
                r.patron_id is not null as recipient_known, r.email, r.name, r.barcode,
                p.email_kinds, p.digest_kinds, p.language
            from %s c
                left join hold_state h on h.hold_id = c.hold_id
                left join loan_state l on l.loan_id = c.loan_id
                left join book_title t on t.book_id = coalesce(h.book_id, l.book_id)
                left join copy_branch cb on cb.copy_id = coalesce(h.copy_id, l.copy_id)
                left join recipient r on r.patron_id = c.patron_id
                left join notice_preference p on p.patron_id = c.patron_id""";

    List<Claimed> claim(int limit, Duration lease) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        with claimed as (
                            update notice set status = 'SENDING', claimed_until = :until, attempts = attempts + 1
                            where id in (select id from notice
                                         where status in ('PENDING', 'SENDING') and next_attempt_at <= :now
                                             and (status = 'PENDING' or claimed_until < :now)
                                         order by next_attempt_at limit :limit for update skip locked)
                            returning *)
                        """ + CURRENT_STATE.formatted("claimed"))
                .param("until", Timestamp.from(now.plus(lease))).param("now", Timestamp.from(now)).param("limit", limit)
                .query(Claims::map).list();
    }

    /**
     * The notices held for these digests, each with its current state, oldest first. Read after the digests were
     * claimed: their notices change only through them, so no other instance touches these meanwhile.
     */
    List<Claimed> heldFor(List<UUID> digestIds) {
        if (digestIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(CURRENT_STATE.formatted(
                        "(select * from notice where status = 'DIGEST' and digest_id = any(cast(:digests as uuid[])))")
                        + " order by c.created_at, c.id")
                .param("digests", digestIds.stream().map(UUID::toString).toArray(String[]::new))
                .query(Claims::map).list();
    }

    private static Claimed map(ResultSet rs, int row) throws SQLException {
        return new Claimed(rs.getObject("id", UUID.class), NoticeKind.valueOf(rs.getString("kind")),
                rs.getObject("patron_id", UUID.class), rs.getObject("copy_id", UUID.class),
                rs.getObject("due_date", LocalDate.class), (Integer) rs.getObject("level"), rs.getBigDecimal("amount"),
                rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(), rs.getObject("digest_id", UUID.class),
                rs.getString("hold_status"),
                rs.getObject("hold_copy_id", UUID.class), rs.getObject("pickup_by", LocalDate.class),
                rs.getString("branch"), rs.getString("item_barcode"), rs.getObject("loan_due_date", LocalDate.class),
                rs.getBoolean("loan_known"), rs.getBoolean("loan_returned"), rs.getString("title"),
                rs.getBoolean("recipient_known"), rs.getString("email"), rs.getString("name"), rs.getString("barcode"),
                kinds(rs.getArray("email_kinds")), kinds(rs.getArray("digest_kinds")), rs.getString("language"));
    }

    private static Set<String> kinds(Array array) throws SQLException {
        return array == null ? null : Arrays.stream((Object[]) array.getArray()).map(String.class::cast)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** What became of a claimed notice. {@code nextAttemptAt} matters for PENDING only. */
    record Outcome(UUID id, NoticeStatus status, Instant nextAttemptAt, String recipient, String subject, String body,
                   String failure, Instant sentAt) {
    }

    /** Records the outcomes of a batch, in one round trip; only notices still claimed are changed. */
    void record(List<Outcome> outcomes) {
        record(outcomes, NoticeStatus.SENDING);
    }

    /** Records what became of notices held for a digest; only those still held are changed. */
    void recordHeld(List<Outcome> outcomes) {
        record(outcomes, NoticeStatus.DIGEST);
    }

    private void record(List<Outcome> outcomes, NoticeStatus from) {
        if (outcomes.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                        update notice set status = ?, next_attempt_at = ?, claimed_until = null,
                            recipient = coalesce(?, recipient), subject = coalesce(?, subject), body = coalesce(?, body),
                            failure = ?, sent_at = ?
                        where id = ? and status = '%s'""".formatted(from.name()),
                outcomes.stream().map(outcome -> new Object[]{outcome.status().name(),
                        Timestamp.from(outcome.nextAttemptAt() == null ? clock.instant() : outcome.nextAttemptAt()),
                        outcome.recipient(), outcome.subject(), outcome.body(), outcome.failure(),
                        outcome.sentAt() == null ? null : Timestamp.from(outcome.sentAt()), outcome.id()}).toList(),
                // typed, so that a null costs no look-up of its type
                new int[]{Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR, Types.TIMESTAMP, Types.OTHER});
    }
}
