package org.shelfwise.notifications.replicas;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.UUID;

/** The local copies of patrons' addresses, books' titles and copies' branches. */
@Repository
class Replicas {

    private final JdbcClient jdbc;

    Replicas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void putRecipient(UUID patronId, String barcode, String name, String email) {
        jdbc.sql("""
                        insert into recipient (patron_id, barcode, name, email) values (?, ?, ?, ?)
                        on conflict (patron_id) do update set barcode = excluded.barcode, name = excluded.name,
                            email = excluded.email""")
                .params(patronId, barcode, name, email == null || email.isBlank() ? null : email.trim()).update();
    }

    void putTitle(UUID bookId, String title) {
        jdbc.sql("""
                        insert into book_title (book_id, title) values (?, ?)
                        on conflict (book_id) do update set title = excluded.title""")
                .params(bookId, title).update();
    }

    /** A copy that moved is at its new branch (the catalogue's, else the one its new location names). */
    void moveCopy(UUID copyId, String branch) {
        jdbc.sql("update copy_branch set branch = coalesce(?, branch) where copy_id = ?").params(branch, copyId).update();
    }

    void putCopy(UUID copyId, UUID bookId, String branch) {
        jdbc.sql("""
                        insert into copy_branch (copy_id, book_id, branch) values (?, ?, ?)
                        on conflict (copy_id) do update set book_id = excluded.book_id, branch = excluded.branch""")
                .params(copyId, bookId, branch).update();
    }
}
