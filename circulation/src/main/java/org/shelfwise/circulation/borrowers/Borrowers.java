package org.shelfwise.circulation.borrowers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** The patrons circulation can lend to, replicated from the patrons service's events. */
@Repository
public class Borrowers {

    private final JdbcClient jdbc;

    Borrowers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static final String COLUMNS = "patron_id, barcode, name, status, category, card_expires_on, blocked_reason";

    // mapped by hand, not with query(Borrower.class): see Items
    static Borrower map(ResultSet rs, int row) throws SQLException {
        Date cardExpiresOn = rs.getDate("card_expires_on");
        return new Borrower(rs.getObject("patron_id", UUID.class), rs.getString("barcode"), rs.getString("name"),
                rs.getString("status"), rs.getString("category"),
                cardExpiresOn == null ? null : cardExpiresOn.toLocalDate(), rs.getString("blocked_reason"));
    }

    public Optional<Borrower> findByBarcode(String barcode) {
        return jdbc.sql("""
                        select patron_id, barcode, name, status, category, card_expires_on, blocked_reason
                        from borrower where barcode = ?""")
                .param(barcode).query(Borrowers::map).optional();
    }

    public Optional<Borrower> findByPatronId(UUID patronId) {
        return jdbc.sql("""
                        select patron_id, barcode, name, status, category, card_expires_on, blocked_reason
                        from borrower where patron_id = ?""")
                .param(patronId).query(Borrowers::map).optional();
    }

    /** The patron with this card, locked until the transaction ends. */
    public Optional<Borrower> lockByBarcode(String barcode) {
        return jdbc.sql("""
                        select patron_id, barcode, name, status, category, card_expires_on, blocked_reason
                        from borrower where barcode = ? for update""")
                .param(barcode).query(Borrowers::map).optional();
    }

    void put(Borrower borrower) {
        jdbc.sql("delete from borrower where barcode = ? and patron_id <> ?")
                .params(borrower.barcode(), borrower.patronId()).update();
        jdbc.sql("""
                        insert into borrower (patron_id, barcode, name, status, category, card_expires_on, blocked_reason)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (patron_id) do update set barcode = excluded.barcode, name = excluded.name,
                            status = excluded.status, category = excluded.category,
                            card_expires_on = excluded.card_expires_on, blocked_reason = excluded.blocked_reason""")
                .params(borrower.patronId(), borrower.barcode(), borrower.name(), borrower.standing().status(),
                        borrower.category(), borrower.cardExpiresOn() == null ? null : Date.valueOf(borrower.cardExpiresOn()),
                        borrower.standing().blockedReason())
                .update();
    }
}
