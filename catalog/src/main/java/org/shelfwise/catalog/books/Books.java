package org.shelfwise.catalog.books;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All the books in the catalogue. */
@Repository
public class Books {

    private final JdbcClient jdbc;

    Books(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Book book) {
        jdbc.sql("insert into book (id, title, authors, isbn, created_at) values (?, ?, ?, ?, ?)")
                .params(book.id(), book.title(), book.authors().toArray(String[]::new), book.isbn().value(),
                        Timestamp.from(book.createdAt()))
                .update();
    }

    public Optional<Book> find(UUID id) {
        return jdbc.sql("select * from book where id = ?").param(id).query(Books::map).optional();
    }

    List<Book> page(int page, int size) {
        return jdbc.sql("select * from book order by title, id limit ? offset ?")
                .params(size, (long) page * size).query(Books::map).list();
    }

    long count() {
        return jdbc.sql("select count(*) from book").query(Long.class).single();
    }

    boolean isbnTaken(Isbn isbn) {
        return jdbc.sql("select exists (select 1 from book where isbn = ?)").param(isbn.value())
                .query(Boolean.class).single();
    }

    void delete(UUID id) {
        jdbc.sql("delete from book where id = ?").param(id).update();
    }

    /** Locks the book's row until the transaction ends, so that copies cannot be added while it is deleted. */
    Optional<Book> lock(UUID id) {
        return jdbc.sql("select * from book where id = ? for update").param(id).query(Books::map).optional();
    }

    private static Book map(ResultSet rs, int row) throws SQLException {
        Array authors = rs.getArray("authors");
        return new Book(rs.getObject("id", UUID.class), rs.getString("title"),
                Arrays.asList((String[]) authors.getArray()), new Isbn(rs.getString("isbn")),
                rs.getTimestamp("created_at").toInstant());
    }
}
