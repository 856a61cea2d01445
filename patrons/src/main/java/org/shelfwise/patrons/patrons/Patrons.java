package org.shelfwise.patrons.patrons;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** All registered patrons. */
@Repository
class Patrons {

    private static final String COLUMNS = "id, barcode, name, email, status, created_at";

    private final JdbcClient jdbc;

    Patrons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the patron unless another one has the same email; returns whether it was added. */
    boolean add(Patron patron) {
        // one statement, so two concurrent registrations with one email cannot both pass a prior check
        return jdbc.sql("""
                        insert into patrons (id, barcode, name, email, status, created_at)
                        values (:id, :barcode, :name, :email, :status, :createdAt)
                        on conflict (email) do nothing""")
                .param("id", patron.id().value())
                .param("barcode", patron.barcode().value())
                .param("name", patron.name())
                .param("email", patron.email())
                .param("status", patron.status().name())
                .param("createdAt", OffsetDateTime.ofInstant(patron.createdAt(), ZoneOffset.UTC))
                .update() == 1;
    }

    Optional<Patron> find(PatronId id) {
        return jdbc.sql("select " + COLUMNS + " from patrons where id = ?")
                .param(id.value()).query(Patrons::patron).optional();
    }

    /** One page of patrons, newest first, optionally only the one holding the card {@code barcode}. */
    List<Patron> newestFirst(Optional<String> barcode, long offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from patrons" + where(barcode)
                        + " order by created_at desc, id desc offset :offset limit :limit")
                .params(parameters(barcode))
                .param("offset", offset)
                .param("limit", limit)
                .query(Patrons::patron).list();
    }

    long count(Optional<String> barcode) {
        return jdbc.sql("select count(*) from patrons" + where(barcode))
                .params(parameters(barcode))
                .query(Long.class).single();
    }

    private static String where(Optional<String> barcode) {
        return barcode.isPresent() ? " where barcode = :barcode" : "";
    }

    private static Map<String, ?> parameters(Optional<String> barcode) {
        return barcode.map(b -> Map.of("barcode", b)).orElse(Map.of());
    }

    private static Patron patron(ResultSet row, int number) throws SQLException {
        return new Patron(
                new PatronId(row.getObject("id", UUID.class)),
                new CardBarcode(row.getString("barcode")),
                row.getString("name"),
                row.getString("email"),
                PatronStatus.valueOf(row.getString("status")),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
