package org.shelfwise.catalog.books;

import org.marc4j.marc.Record;
import org.shelfwise.catalog.books.marc.MarcJson;
import org.shelfwise.catalog.caching.CachedData;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

/** All the books in the catalogue. */
@Repository
public class Books {

    private final JdbcClient jdbc;

    Books(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Book book, Record marc) {
        var r = BookRow.of(book.details());
        jdbc.sql("""
                insert into book (id, title, subtitle, authors, isbn, publisher, publication_year, language, subjects,
                                  description, edition, details, format, filing_title, original_script, isbns, marc,
                                  version, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)""")
                .params(book.id(), r.title(), r.subtitle(), r.authors(), r.isbn(), r.publisher(), r.publicationYear(),
                        r.language(), r.subjects(), r.description(), r.edition(), r.details(), r.format(),
                        r.filingTitle(), r.originalScript(), r.isbns(), marc == null ? null : MarcJson.write(marc),
                        book.version(), Timestamp.from(book.createdAt()), Timestamp.from(book.updatedAt()))
                .update();
    }

    void update(Book book, Record marc) {
        var r = BookRow.of(book.details());
        jdbc.sql("""
                update book set title = ?, subtitle = ?, authors = ?, isbn = ?, publisher = ?, publication_year = ?,
                                language = ?, subjects = ?, description = ?, edition = ?, details = cast(? as jsonb),
                                format = ?, filing_title = ?, original_script = ?, isbns = ?, marc = cast(? as jsonb),
                                version = ?, updated_at = ?
                where id = ?""")
                .params(r.title(), r.subtitle(), r.authors(), r.isbn(), r.publisher(), r.publicationYear(),
                        r.language(), r.subjects(), r.description(), r.edition(), r.details(), r.format(),
                        r.filingTitle(), r.originalScript(), r.isbns(), marc == null ? null : MarcJson.write(marc),
                        book.version(), Timestamp.from(book.updatedAt()), book.id())
                .update();
    }

    /** The MARC record kept for a book that came from MARC, as last edited; empty for a book made through the API. */
    Optional<Record> marc(UUID id) {
        return jdbc.sql("select marc from book where id = ? and marc is not null").param(id).query(String.class)
                .optional().map(MarcJson::read);
    }

    @Cacheable(cacheNames = CachedData.BOOKS, key = "#id", unless = "#result == null")
    public Optional<Book> find(UUID id) {
        return jdbc.sql("select * from book where id = ?").param(id).query(Books::map).optional();
    }

    /** The books with these ids that exist, in no particular order; one statement, bypassing the cache. */
    List<Book> findAll(Collection<UUID> ids) {
        return jdbc.sql("select * from book where id = any(cast(? as uuid[]))")
                .param(ids.stream().map(UUID::toString).toArray(String[]::new)).query(Books::map).list();
    }

    /**
     * Hands every book, with the MARC record kept for it (null when it was made through the API), to {@code action}
     * in the order of their ids, fetched from a server-side cursor a thousand rows at a time, so an export of the
     * whole catalogue never holds it in memory. Must run in a (read-only) transaction.
     */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public void forEach(BiConsumer<Book, Record> action) {
        jdbc.sql("select * from book order by id").withFetchSize(1000).query(rs -> {
            String marc = rs.getString("marc");
            action.accept(map(rs, 0), marc == null ? null : MarcJson.read(marc));
        });
    }

    void delete(UUID id) {
        jdbc.sql("delete from book_key where book_id = ?").param(id).update();
        jdbc.sql("delete from book where id = ?").param(id).update();
    }

    /** Locks the book's row until the transaction ends, so that copies cannot be added while it is deleted. */
    Optional<Book> lock(UUID id) {
        return jdbc.sql("select * from book where id = ? for update").param(id).query(Books::map).optional();
    }

    static Book map(ResultSet rs, int row) throws SQLException {
        return new Book(rs.getObject("id", UUID.class), BookRow.details(rs), rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
