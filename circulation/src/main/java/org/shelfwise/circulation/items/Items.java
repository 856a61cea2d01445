package org.shelfwise.circulation.items;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** The copies circulation can lend, replicated from the catalogue's events. */
@Repository
public class Items {

    private final JdbcClient jdbc;

    Items(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // mapped by hand: query(Item.class) looks each column up by its camel-case name first, and the driver throws an
    // exception (stack trace and all) for every one it does not find; the desk's records cost twenty a check-out
    private static Item map(ResultSet rs, int row) throws SQLException {
        return new Item(rs.getObject("copy_id", UUID.class), rs.getString("barcode"), rs.getObject("book_id", UUID.class),
                rs.getString("title"), rs.getString("item_type"), rs.getString("branch"));
    }

    public Optional<Item> findByBarcode(String barcode) {
        return jdbc.sql("select copy_id, barcode, book_id, title, item_type, branch from item where barcode = ?")
                .param(barcode).query(Items::map).optional();
    }

    public boolean holdsCopiesOf(UUID bookId) {
        return jdbc.sql("select exists (select 1 from item where book_id = ?)").param(bookId).query(Boolean.class).single();
    }

    /** Records a copy; a barcode reused by a newer copy takes the barcode over, whatever order events came in. */
    void put(Item item) {
        jdbc.sql("delete from item where barcode = ? and copy_id <> ?").params(item.barcode(), item.copyId()).update();
        jdbc.sql("""
                        insert into item (copy_id, barcode, book_id, title, item_type, branch) values (?, ?, ?, ?, ?, ?)
                        on conflict (copy_id) do update set barcode = excluded.barcode, book_id = excluded.book_id,
                            title = excluded.title, item_type = excluded.item_type, branch = excluded.branch""")
                .params(item.copyId(), item.barcode(), item.bookId(), item.title(), item.itemType(), item.branch())
                .update();
    }

    /**
     * Records the copy's item type and branch as the catalogue has them now; a copy not known here (its
     * {@code CopyAdded} not seen, or removed since) stays unknown.
     */
    void reclassify(UUID copyId, String itemType, String branch) {
        jdbc.sql("update item set item_type = ?, branch = ? where copy_id = ?").params(itemType, branch, copyId).update();
    }

    void remove(UUID copyId) {
        jdbc.sql("delete from item where copy_id = ?").param(copyId).update();
    }
}
