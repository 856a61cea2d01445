package org.shelfwise.catalog.books;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All the copies the library holds. */
@Repository
public class Copies {

    private final JdbcClient jdbc;

    Copies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Copy copy) {
        jdbc.sql("""
                insert into copy (id, book_id, barcode, shelf_mark, location, note, branch, item_type, status, version,
                                  created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(copy.id(), copy.bookId(), copy.barcode(), copy.shelving().shelfMark(),
                        copy.shelving().location(), copy.shelving().note(), copy.shelving().branch(),
                        copy.shelving().itemType(), copy.status().name(), copy.version(),
                        Timestamp.from(copy.createdAt()))
                .update();
    }

    void updateShelving(Copy copy) {
        var shelving = copy.shelving();
        jdbc.sql("""
                update copy set shelf_mark = ?, location = ?, note = ?, branch = ?, item_type = ?, version = ?
                where id = ?""")
                .params(shelving.shelfMark(), shelving.location(), shelving.note(), shelving.branch(),
                        shelving.itemType(), copy.version(), copy.id())
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from copy where id = ?").param(id).update();
    }

    Optional<Copy> findByBarcode(String barcode) {
        return jdbc.sql("select * from copy where barcode = ?").param(barcode).query(Copies::map).optional();
    }

    /** Locks the copy's row until the transaction ends, so that an edit and a loan event cannot interleave. */
    Optional<Copy> lockByBarcode(String barcode) {
        return jdbc.sql("select * from copy where barcode = ? for update").param(barcode).query(Copies::map).optional();
    }

    boolean barcodeTaken(String barcode) {
        return jdbc.sql("select exists (select 1 from copy where barcode = ?)").param(barcode)
                .query(Boolean.class).single();
    }

    List<Copy> ofBook(UUID bookId) {
        return jdbc.sql("select * from copy where book_id = ? order by barcode").param(bookId).query(Copies::map).list();
    }

    /** The copies of all these books, in one statement, by book and barcode. */
    List<Copy> ofBooks(Collection<UUID> bookIds) {
        return jdbc.sql("select * from copy where book_id = any(cast(? as uuid[])) order by book_id, barcode")
                .param(bookIds.stream().map(UUID::toString).toArray(String[]::new)).query(Copies::map).list();
    }

    /**
     * Records what circulation reported: the copy as it is now, or empty when it is unknown here. The version moves
     * on too, here and below: the copy's representation (and so its ETag) includes its availability.
     */
    Optional<Copy> markOnLoan(UUID copyId, LocalDate dueDate) {
        return jdbc.sql("""
                update copy set status = 'ON_LOAN', due_date = ?, pickup_by = null, version = version + 1
                where id = ? returning *""")
                .params(Date.valueOf(dueDate), copyId).query(Copies::map).optional();
    }

    /** Records what circulation reported: the copy as it is now, or empty when it is unknown here. */
    Optional<Copy> markAvailable(UUID copyId) {
        return jdbc.sql("""
                update copy set status = 'AVAILABLE', due_date = null, pickup_by = null, version = version + 1
                where id = ? returning *""")
                .param(copyId).query(Copies::map).optional();
    }

    /** A renewal moves the due date of a copy on loan; empty when no such copy is on loan here. */
    Optional<Copy> renew(UUID copyId, LocalDate dueDate) {
        return jdbc.sql("update copy set due_date = ?, version = version + 1 where id = ? and status = 'ON_LOAN' returning *")
                .params(Date.valueOf(dueDate), copyId).query(Copies::map).optional();
    }

    /** The copy is on the hold shelf for a patron until {@code pickupBy}; empty when the copy is unknown. */
    Optional<Copy> markAwaitingPickup(UUID copyId, LocalDate pickupBy) {
        return jdbc.sql("""
                update copy set status = 'AWAITING_PICKUP', due_date = null, pickup_by = ?, version = version + 1
                where id = ? returning *""")
                .params(pickupBy == null ? null : Date.valueOf(pickupBy), copyId).query(Copies::map).optional();
    }

    /**
     * A hold that ended without a loan puts its copy back on the open shelf, unless the copy has moved on since
     * (checked out, or already held for someone else, which a later event will report): empty then.
     */
    Optional<Copy> releaseFromHoldShelf(UUID copyId) {
        return jdbc.sql("""
                update copy set status = 'AVAILABLE', pickup_by = null, version = version + 1
                where id = ? and status = 'AWAITING_PICKUP' returning *""").param(copyId).query(Copies::map).optional();
    }

    private static Copy map(ResultSet rs, int row) throws SQLException {
        Date due = rs.getDate("due_date");
        return new Copy(rs.getObject("id", UUID.class), rs.getObject("book_id", UUID.class), rs.getString("barcode"),
                new Shelving(rs.getString("shelf_mark"), rs.getString("location"), rs.getString("note"),
                        rs.getString("branch"), rs.getString("item_type")),
                Copy.Availability.valueOf(rs.getString("status")), due == null ? null : due.toLocalDate(),
                rs.getObject("pickup_by", LocalDate.class), rs.getLong("version"), rs.getTimestamp("created_at").toInstant());
    }
}
