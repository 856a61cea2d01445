package org.shelfwise.circulation.holds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every hold, active and ended. */
@Repository
class Holds {

    private final JdbcClient jdbc;

    Holds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a waiting hold; a DuplicateKeyException says the patron already holds the book. */
    void add(Hold hold) {
        jdbc.sql("""
                        insert into hold (id, book_id, patron_id, patron_barcode, placed_at, status, pickup_branch)
                        values (?, ?, ?, ?, ?, 'WAITING', ?)""")
                .params(hold.id(), hold.bookId(), hold.patronId(), hold.patronBarcode(), Timestamp.from(hold.placedAt()),
                        hold.pickupBranch())
                .update();
    }

    void update(Hold hold) {
        jdbc.sql("""
                        update hold set status = ?, copy_id = ?, item_barcode = ?, pickup_by = ?, closed_at = ?
                        where id = ?""")
                .params(hold.status().name(), hold.copyId(), hold.itemBarcode(),
                        hold.pickupBy() == null ? null : Date.valueOf(hold.pickupBy()),
                        hold.closedAt() == null ? null : Timestamp.from(hold.closedAt()), hold.id())
                .update();
    }

    Optional<Hold> find(UUID id) {
        return jdbc.sql("select * from hold where id = ?").param(id).query(Holds::map).optional();
    }

    Optional<Hold> lock(UUID id) {
        return jdbc.sql("select * from hold where id = ? for update").param(id).query(Holds::map).optional();
    }

    /** The first waiting hold in the book's queue, locked. */
    Optional<Hold> lockFirstWaiting(UUID bookId) {
        return jdbc.sql("""
                        select * from hold where book_id = ? and status = 'WAITING'
                        order by placed_at, id limit 1 for update""")
                .param(bookId).query(Holds::map).optional();
    }

    /** The hold a copy is kept for, on the hold shelf or on its way to the hold's pick-up branch, locked. */
    Optional<Hold> lockKeptOn(UUID copyId) {
        return jdbc.sql("select * from hold where copy_id = ? and status in ('IN_TRANSIT', 'READY') for update")
                .param(copyId).query(Holds::map).optional();
    }

    List<Hold> ofPatron(UUID patronId) {
        return jdbc.sql("select * from hold where patron_id = ? order by placed_at desc").param(patronId)
                .query(Holds::map).list();
    }

    long activeOf(UUID patronId) {
        return jdbc.sql("select count(*) from hold where patron_id = ? and status in ('WAITING', 'IN_TRANSIT', 'READY')")
                .param(patronId).query(Long.class).single();
    }

    /** 1 for the first in the book's queue, and so on. */
    long position(Hold hold) {
        return jdbc.sql("""
                        select count(*) from hold where book_id = ? and status = 'WAITING'
                          and (placed_at, id) <= (?, ?)""")
                .params(hold.bookId(), Timestamp.from(hold.placedAt()), hold.id()).query(Long.class).single();
    }

    boolean othersWaiting(UUID bookId, UUID patronId) {
        return jdbc.sql("select exists (select 1 from hold where book_id = ? and status = 'WAITING' and patron_id <> ?)")
                .params(bookId, patronId).query(Boolean.class).single();
    }

    /** Ready holds whose pickup deadline has passed, locked; others' instances skip them. */
    List<Hold> lockUnclaimed(LocalDate today, int limit) {
        return jdbc.sql("""
                        select * from hold where status = 'READY' and pickup_by < ?
                        order by pickup_by, id limit ? for update skip locked""")
                .params(Date.valueOf(today), limit).query(Holds::map).list();
    }

    private static Hold map(ResultSet rs, int row) throws SQLException {
        Date pickupBy = rs.getDate("pickup_by");
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Hold(rs.getObject("id", UUID.class), rs.getObject("book_id", UUID.class),
                rs.getObject("patron_id", UUID.class), rs.getString("patron_barcode"),
                rs.getTimestamp("placed_at").toInstant(), Hold.Status.valueOf(rs.getString("status")),
                rs.getObject("copy_id", UUID.class), rs.getString("item_barcode"),
                pickupBy == null ? null : pickupBy.toLocalDate(), closed == null ? null : closed.toInstant(),
                rs.getString("pickup_branch"));
    }
}
