package org.shelfwise.catalog.books;

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

/** All the copies the library holds. */
@Repository
public class Copies {

    private final JdbcClient jdbc;

    Copies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Copy copy) {
        jdbc.sql("insert into copy (id, book_id, barcode, status, created_at) values (?, ?, ?, ?, ?)")
                .params(copy.id(), copy.bookId(), copy.barcode(), copy.status().name(), Timestamp.from(copy.createdAt()))
                .update();
    }

    Optional<Copy> findByBarcode(String barcode) {
        return jdbc.sql("select * from copy where barcode = ?").param(barcode).query(Copies::map).optional();
    }

    boolean barcodeTaken(String barcode) {
        return jdbc.sql("select exists (select 1 from copy where barcode = ?)").param(barcode)
                .query(Boolean.class).single();
    }

    List<Copy> ofBook(UUID bookId) {
        return jdbc.sql("select * from copy where book_id = ? order by barcode").param(bookId).query(Copies::map).list();
    }

    /** Records what circulation reported; returns false when the copy is unknown here. */
    public boolean markOnLoan(UUID copyId, LocalDate dueDate) {
        return jdbc.sql("update copy set status = 'ON_LOAN', due_date = ? where id = ?")
                .params(Date.valueOf(dueDate), copyId).update() == 1;
    }

    /** Records what circulation reported; returns false when the copy is unknown here. */
    public boolean markAvailable(UUID copyId) {
        return jdbc.sql("update copy set status = 'AVAILABLE', due_date = null where id = ?")
                .param(copyId).update() == 1;
    }

    private static Copy map(ResultSet rs, int row) throws SQLException {
        Date due = rs.getDate("due_date");
        return new Copy(rs.getObject("id", UUID.class), rs.getObject("book_id", UUID.class), rs.getString("barcode"),
                Copy.Availability.valueOf(rs.getString("status")), due == null ? null : due.toLocalDate(),
                rs.getTimestamp("created_at").toInstant());
    }
}
