package org.shelfwise.catalog.books;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The keys that match a record to its book on import ({@link MatchKey}), each held by one book. A key is claimed
 * by inserting it, so of two transactions that claim one key the second waits for the first and then finds it
 * taken: two imports of one new record make one book.
 */
@Repository
class BookKeys {

    private final JdbcClient jdbc;

    BookKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims each key for its book where no book holds it yet; sorted, so that two claims wait in one order. */
    void claim(List<String> keys, List<UUID> bookIds) {
        if (keys.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into book_key (key, book_id)
                select key, book_id from unnest(cast(:keys as text[]), cast(:ids as uuid[])) as k(key, book_id)
                order by key
                on conflict (key) do nothing""")
                .param("keys", keys.toArray(String[]::new)).param("ids", bookIds.toArray(UUID[]::new)).update();
    }

    /** The book holding each of these keys, for the keys that are held. */
    Map<String, UUID> holders(List<String> keys) {
        var holders = new HashMap<String, UUID>();
        if (keys.isEmpty()) {
            return holders;
        }
        jdbc.sql("select key, book_id from book_key where key = any(:keys)").param("keys", keys.toArray(String[]::new))
                .query(rs -> {
                    holders.put(rs.getString("key"), rs.getObject("book_id", UUID.class));
                });
        return holders;
    }

    /** Hands the keys claimed under {@code from[i]} to the book {@code to[i]}. */
    void move(List<UUID> from, List<UUID> to) {
        if (from.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update book_key k set book_id = m.target
                from unnest(cast(:from as uuid[]), cast(:to as uuid[])) as m(source, target)
                where k.book_id = m.source""")
                .param("from", from.toArray(UUID[]::new)).param("to", to.toArray(UUID[]::new)).update();
    }

    /** Lets go of the keys these books hold that their records no longer have ({@code keys[i]} held by {@code ids[i]}). */
    void keepOnly(List<UUID> books, List<String> keys, List<UUID> ids) {
        if (books.isEmpty()) {
            return;
        }
        jdbc.sql("""
                delete from book_key k
                where k.book_id = any(cast(:books as uuid[]))
                  and not exists (select 1 from unnest(cast(:keys as text[]), cast(:ids as uuid[])) as kept(key, book_id)
                                  where kept.key = k.key and kept.book_id = k.book_id)""")
                .param("books", books.toArray(UUID[]::new)).param("keys", keys.toArray(String[]::new))
                .param("ids", ids.toArray(UUID[]::new)).update();
    }

    /**
     * Makes a book's keys those of {@code keys}: claims the new ones and lets go of the rest; answers the keys of
     * {@code keys} another book holds.
     */
    List<MatchKey> replace(UUID bookId, List<MatchKey> keys) {
        var names = keys.stream().map(MatchKey::key).toList();
        keepOnly(List.of(bookId), names, names.stream().map(key -> bookId).toList());
        claim(names, names.stream().map(key -> bookId).toList());
        var holders = holders(names);
        var taken = new ArrayList<MatchKey>();
        for (var key : keys) {
            if (!bookId.equals(holders.get(key.key()))) {
                taken.add(key);
            }
        }
        return taken;
    }
}
