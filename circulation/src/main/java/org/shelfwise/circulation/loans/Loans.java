package org.shelfwise.circulation.loans;

import org.shelfwise.circulation.borrowers.Overrides;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every loan, open and closed. */
@Repository
class Loans {

    private static final String COLUMNS = """
            id, copy_id, item_barcode, book_id, title, patron_id, patron_barcode, checked_out_at, due_date, returned_at,
            renewals, policy_id""";

    private final JdbcClient jdbc;

    Loans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Loan map(ResultSet rs, int row) throws SQLException {
        Timestamp returned = rs.getTimestamp("returned_at");
        return new Loan(rs.getObject("id", UUID.class), rs.getObject("copy_id", UUID.class),
                rs.getString("item_barcode"), rs.getObject("book_id", UUID.class), rs.getString("title"),
                rs.getObject("patron_id", UUID.class), rs.getString("patron_barcode"),
                rs.getTimestamp("checked_out_at").toInstant(), rs.getDate("due_date").toLocalDate(),
                returned == null ? null : returned.toInstant(), rs.getInt("renewals"), rs.getString("policy_id"));
    }

    /** Adds an open loan; fails with a DuplicateKeyException when the copy is already on an open loan. */
    void add(Loan loan) {
        jdbc.sql("insert into loan (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, null, 0, ?)")
                .params(loan.id(), loan.copyId(), loan.itemBarcode(), loan.bookId(), loan.title(), loan.patronId(),
                        loan.patronBarcode(), Timestamp.from(loan.checkedOutAt()), Date.valueOf(loan.dueDate()),
                        loan.policyId())
                .update();
    }

    Optional<Loan> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from loan where id = ?").param(id).query(Loans::map).optional();
    }

    /** The open loan of the copy with this barcode, locked until the transaction ends. */
    Optional<Loan> lockOpenByItemBarcode(String barcode) {
        return jdbc.sql("select " + COLUMNS + " from loan where item_barcode = ? and returned_at is null for update")
                .param(barcode).query(Loans::map).optional();
    }

    /** The loan, locked until the transaction ends. */
    Optional<Loan> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from loan where id = ? for update").param(id).query(Loans::map).optional();
    }

    void renew(Loan loan) {
        jdbc.sql("update loan set due_date = ?, renewals = ? where id = ?")
                .params(Date.valueOf(loan.dueDate()), loan.renewals(), loan.id()).update();
    }

    /** Records each refusal a librarian overrode for this loan, with their reason. */
    void recordOverrides(UUID loanId, String action, Overrides.Approval approval, String librarian, Instant at) {
        for (var refusal : approval.overridden()) {
            jdbc.sql("""
                            insert into loan_override (id, loan_id, action, refusal, note, overridden_by, at)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), loanId, action, refusal.slug(), approval.reason(), librarian,
                            Timestamp.from(at))
                    .update();
        }
    }

    void close(Loan loan) {
        jdbc.sql("update loan set returned_at = ? where id = ?")
                .params(Timestamp.from(loan.returnedAt()), loan.id()).update();
    }

    List<Loan> ofPatron(UUID patronId, boolean openOnly, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from loan where patron_id = ?"
                        + (openOnly ? " and returned_at is null" : "")
                        + " order by checked_out_at desc, id limit ? offset ?")
                .params(patronId, size, (long) page * size).query(Loans::map).list();
    }

    long countOfPatron(UUID patronId, boolean openOnly) {
        return jdbc.sql("select count(*) from loan where patron_id = ?" + (openOnly ? " and returned_at is null" : ""))
                .param(patronId).query(Long.class).single();
    }
}
