package org.shelfwise.circulation.borrowers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The patrons circulation can lend to, replicated from the patrons service's events. */
@Repository
public class Borrowers {

    private final JdbcClient jdbc;

    Borrowers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Borrower> findByBarcode(String barcode) {
        return jdbc.sql("select patron_id, barcode, name, status from borrower where barcode = ?")
                .param(barcode).query(Borrower.class).optional();
    }

    void put(Borrower borrower) {
        jdbc.sql("delete from borrower where barcode = ? and patron_id <> ?")
                .params(borrower.barcode(), borrower.patronId()).update();
        jdbc.sql("""
                        insert into borrower (patron_id, barcode, name, status) values (?, ?, ?, ?)
                        on conflict (patron_id) do update set barcode = excluded.barcode, name = excluded.name,
                                                                status = excluded.status""")
                .params(borrower.patronId(), borrower.barcode(), borrower.name(), borrower.status()).update();
    }
}
