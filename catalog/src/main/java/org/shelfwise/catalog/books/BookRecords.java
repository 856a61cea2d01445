package org.shelfwise.catalog.books;

import org.marc4j.marc.Record;
import org.shelfwise.catalog.books.marc.MarcJson;
import org.shelfwise.catalog.books.marc.MarcMapping;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Books with their MARC 21 records as the catalogue hands them out (export, SRU, OAI-PMH): the record kept from the
 * import, as edited since, or one written from the details for a book made through the API; always as UTF-8.
 */
@Component
public class BookRecords {

    private final JdbcClient jdbc;

    BookRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A book and its MARC record. */
    public record BookRecord(Book book, Record marc) {
    }

    /** The books with these ids that exist, in the order given; read in one statement, never from a cache. */
    public List<BookRecord> find(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, BookRecord> found = new LinkedHashMap<>();
        jdbc.sql("select * from book where id = any(?)").param(ids.toArray(UUID[]::new)).query(rs -> {
            var book = Books.map(rs, 0);
            String kept = rs.getString("marc");
            found.put(book.id(), new BookRecord(book, marc(book, kept == null ? null : MarcJson.read(kept))));
        });
        return ids.stream().distinct().map(found::get).filter(record -> record != null).toList();
    }

    /** The record kept from an import, as edited since; for a book made through the API, one written from its details. */
    public static Record marc(Book book, Record kept) {
        var record = kept != null ? kept : MarcMapping.toRecord(book.details(), book.createdAt());
        // UTF-8 is what the writers write, whatever the file the record came from said
        record.getLeader().setCharCodingScheme('a');
        return record;
    }
}
