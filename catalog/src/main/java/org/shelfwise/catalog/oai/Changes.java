package org.shelfwise.catalog.oai;

import org.shelfwise.catalog.books.Format;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The catalogue's changes, one a book, kept for ever ({@code book_change}, written by triggers on {@code book}): what
 * a harvester lists, in order of change time and then id.
 */
@Repository
class Changes {

    private final JdbcClient jdbc;

    Changes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The time before which every change has committed: now, or the start of the oldest transaction of this database
     * still writing, whichever is earlier. A change is stamped when its statement runs, so a transaction that began
     * at T stamps nothing earlier than T; until it ends its changes are invisible, and a list that went past them
     * would never come back. Read in a transaction of its own: PostgreSQL shows each transaction one view of
     * {@code pg_stat_activity}.
     */
    Instant stableBound() {
        return jdbc.sql("""
                select least(clock_timestamp(), (select min(xact_start) from pg_stat_activity
                        where datname = current_database() and backend_xid is not null and pid <> pg_backend_pid()))""")
                .query(OffsetDateTime.class).single().toInstant();
    }

    Optional<Instant> earliest() {
        return jdbc.sql("select min(changed_at) from book_change").query(OffsetDateTime.class).list().stream()
                .filter(Objects::nonNull).findFirst().map(OffsetDateTime::toInstant);
    }

    Optional<Change> find(UUID bookId) {
        return jdbc.sql("select * from book_change where book_id = ?").param(bookId).query(Changes::change).optional();
    }

    /**
     * At most {@code limit} changes from {@code from} (inclusive) to {@code before} (exclusive), of one format or
     * all, after the change {@code (afterTime, afterId)} in the list's order when given.
     */
    List<Change> page(Instant from, Instant before, Format format, Instant afterTime, UUID afterId, int limit) {
        var sql = new StringBuilder("select * from book_change where changed_at >= ? and changed_at < ?");
        var params = new ArrayList<Object>(List.of(timestamp(from), timestamp(before)));
        if (format != null) {
            sql.append(" and format = ?");
            params.add(format.name());
        }
        if (afterTime != null) {
            sql.append(" and (changed_at, book_id) > (?, ?)");
            params.add(timestamp(afterTime));
            params.add(afterId);
        }
        sql.append(" order by changed_at, book_id limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(Changes::change).list();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Change change(ResultSet rs, int row) throws SQLException {
        return new Change(rs.getObject("book_id", UUID.class),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getBoolean("deleted"),
                Format.valueOf(rs.getString("format")));
    }
}
