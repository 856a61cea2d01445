package org.shelfwise.circulation.borrowers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.util.Optional;

/** The patrons circulation can lend to, replicated from the patrons service's events. */
@Repository
public class Borrowers {

    private final JdbcClient jdbc;

    Borrowers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Borrower> findByBarcode(String barcode) {
        return jdbc.sql("""
                        select patron_id, barcode, name, status, category, card_expires_on, blocked_reason
                        from borrower where barcode = ?""")
                .param(barcode).query(Borrower.class).optional();
    }

    /** The patron with this card, locked until the transaction ends. */
    public Optional<Borrower> lockByBarcode(String barcode) {
        return jdbc.sql("""
                        select patron_id, barcode, name, status, category, card_expires_on, blocked_reason
                        from borrower where barcode = ? for update""")
                .param(barcode).query(Borrower.class).optional();
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
                .params(borrower.patronId(), borrower.barcode(), borrower.name(), borrower.status(),
                        borrower.category(), borrower.cardExpiresOn() == null ? null : Date.valueOf(borrower.cardExpiresOn()),
                        borrower.blockedReason())
                .update();
    }
}
