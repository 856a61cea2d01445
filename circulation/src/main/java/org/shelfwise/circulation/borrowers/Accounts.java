package org.shelfwise.circulation.borrowers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * Loads borrowers' accounts: the borrower, their category's limits (kept, see {@link Categories}) and, in one
 * statement, their open loans, active holds and fine balance.
 */
@Repository
public class Accounts {

    /** The account's figures, for the patron {@code :patron}. */
    private static final String FIGURES = """
            (select count(*) from loan where patron_id = :patron and returned_at is null) as open_loans,
            (select count(*) from hold where patron_id = :patron and status in ('WAITING', 'IN_TRANSIT', 'READY')) as active_holds,
            (select coalesce(sum(amount - paid - waived), 0) from fine where patron_id = :patron) as fine_balance""";

    private final JdbcClient jdbc;
    private final Borrowers borrowers;
    private final Categories categories;

    Accounts(JdbcClient jdbc, Borrowers borrowers, Categories categories) {
        this.jdbc = jdbc;
        this.borrowers = borrowers;
        this.categories = categories;
    }

    private record Figures(long openLoans, long activeHolds, BigDecimal fineBalance) {
        static Figures map(ResultSet rs) throws SQLException {
            return new Figures(rs.getLong("open_loans"), rs.getLong("active_holds"), rs.getBigDecimal("fine_balance"));
        }
    }

    /**
     * The account of the patron with this card, their row locked until the transaction ends. The figures are read
     * after the lock is granted, in a statement of their own: read in the locking statement they would be as they
     * were before it waited, and could miss a loan committed meanwhile.
     */
    public Optional<BorrowerAccount> lock(String barcode) {
        return borrowers.lockByBarcode(barcode).map(borrower -> account(borrower, jdbc.sql("select " + FIGURES)
                .param("patron", borrower.patronId()).query((rs, row) -> Figures.map(rs)).single()));
    }

    /** The account of this patron, unlocked (a renewal locks the loan instead), in one statement. */
    public Optional<BorrowerAccount> find(UUID patronId) {
        return jdbc.sql("select " + Borrowers.COLUMNS + ", " + FIGURES + " from borrower where patron_id = :patron")
                .param("patron", patronId)
                .query((rs, row) -> account(Borrowers.map(rs, row), Figures.map(rs))).optional();
    }

    private BorrowerAccount account(Borrower borrower, Figures figures) {
        return new BorrowerAccount(borrower, categories.of(borrower.category()), figures.openLoans(),
                figures.activeHolds(), figures.fineBalance());
    }
}
