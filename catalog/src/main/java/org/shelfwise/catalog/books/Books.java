package org.shelfwise.catalog.books;

import org.shelfwise.catalog.caching.CachedData;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** All the books in the catalogue. */
@Repository
public class Books {

    private final JdbcClient jdbc;

    Books(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Book book) {
        var d = book.details();
        jdbc.sql("""
                insert into book (id, title, subtitle, authors, isbn, publisher, publication_year, language, subjects,
                                  description, edition, version, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(book.id(), d.title(), d.subtitle(), d.authors().toArray(String[]::new), d.isbn().value(),
                        d.publisher(), d.publicationYear(), d.language() == null ? null : d.language().code(),
                        d.subjects().toArray(String[]::new), d.description(), d.edition(), book.version(),
                        Timestamp.from(book.createdAt()), Timestamp.from(book.updatedAt()))
                .update();
    }

    void update(Book book) {
        var d = book.details();
        jdbc.sql("""
                update book set title = ?, subtitle = ?, authors = ?, isbn = ?, publisher = ?, publication_year = ?,
                                language = ?, subjects = ?, description = ?, edition = ?, version = ?, updated_at = ?
                where id = ?""")
                .params(d.title(), d.subtitle(), d.authors().toArray(String[]::new), d.isbn().value(),
                        d.publisher(), d.publicationYear(), d.language() == null ? null : d.language().code(),
                        d.subjects().toArray(String[]::new), d.description(), d.edition(), book.version(),
                        Timestamp.from(book.updatedAt()), book.id())
                .update();
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

    Optional<Book> findByIsbn(Isbn isbn) {
        return jdbc.sql("select * from book where isbn = ?").param(isbn.value()).query(Books::map).optional();
    }

    boolean isbnTaken(Isbn isbn) {
        return jdbc.sql("select exists (select 1 from book where isbn = ?)").param(isbn.value())
                .query(Boolean.class).single();
    }

    /**
     * Hands every book to {@code action} in ISBN order, fetched from a server-side cursor a thousand rows at a
     * time, so an export of the whole catalogue never holds it in memory. Must run in a (read-only) transaction.
     */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public void forEach(Consumer<Book> action) {
        jdbc.sql("select * from book order by isbn").withFetchSize(1000).query(rs -> {
            action.accept(map(rs, 0));
        });
    }

    void delete(UUID id) {
        jdbc.sql("delete from book where id = ?").param(id).update();
    }

    /** Locks the book's row until the transaction ends, so that copies cannot be added while it is deleted. */
    Optional<Book> lock(UUID id) {
        return jdbc.sql("select * from book where id = ? for update").param(id).query(Books::map).optional();
    }

    static Book map(ResultSet rs, int row) throws SQLException {
        var details = new BookDetails(rs.getString("title"), rs.getString("subtitle"), strings(rs.getArray("authors")),
                new Isbn(rs.getString("isbn")), rs.getString("publisher"), rs.getObject("publication_year", Integer.class),
                rs.getString("language") == null ? null : new Language(rs.getString("language")),
                strings(rs.getArray("subjects")), rs.getString("description"), rs.getString("edition"));
        return new Book(rs.getObject("id", UUID.class), details, rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
