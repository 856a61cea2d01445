package org.shelfwise.patrons.patrons;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** All registered patrons. */
@Repository
class Patrons {

    private static final String COLUMNS = """
            id, barcode, name, email, phone, address, date_of_birth, category, card_expires_on, blocked_reason,
            created_at, version""";

    private final JdbcClient jdbc;

    Patrons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the patron unless another one has the same email; returns whether it was added. */
    boolean add(Patron patron) {
        // one statement, so two concurrent registrations with one email cannot both pass a prior check
        return jdbc.sql("""
                        insert into patrons (id, barcode, name, email, phone, address, date_of_birth, category,
                                             card_expires_on, status, blocked_reason, created_at)
                        values (:id, :barcode, :name, :email, :phone, :address, :dateOfBirth, :category,
                                :cardExpiresOn, :status, :blockedReason, :createdAt)
                        on conflict (email) do nothing""")
                .params(parameters(patron))
                .param("createdAt", OffsetDateTime.ofInstant(patron.createdAt(), ZoneOffset.UTC))
                .update() == 1;
    }

    /** Stores a changed patron (details, card and block) at its version. */
    void update(Patron patron) {
        jdbc.sql("""
                        update patrons set name = :name, email = :email, phone = :phone, address = :address,
                                           date_of_birth = :dateOfBirth, category = :category,
                                           card_expires_on = :cardExpiresOn, status = :status,
                                           blocked_reason = :blockedReason, version = :version
                        where id = :id""")
                .params(parameters(patron)).param("version", patron.version()).update();
    }

    Optional<Patron> find(PatronId id) {
        return jdbc.sql("select " + COLUMNS + " from patrons where id = ?")
                .param(id.value()).query(Patrons::patron).optional();
    }

    /** The patron's row, locked until the transaction ends. */
    Optional<Patron> lock(PatronId id) {
        return jdbc.sql("select " + COLUMNS + " from patrons where id = ? for update")
                .param(id.value()).query(Patrons::patron).optional();
    }

    /**
     * One page of patrons, newest first: all of them, or those the desk's {@code query} finds — by card barcode,
     * by email, or by any part of the name.
     */
    List<Patron> newestFirst(Optional<String> query, long offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from patrons" + where(query)
                        + " order by created_at desc, id desc offset :offset limit :limit")
                .params(queryParameters(query))
                .param("offset", offset)
                .param("limit", limit)
                .query(Patrons::patron).list();
    }

    long count(Optional<String> query) {
        return jdbc.sql("select count(*) from patrons" + where(query))
                .params(queryParameters(query))
                .query(Long.class).single();
    }

    private static String where(Optional<String> query) {
        return query.isPresent()
                ? " where barcode = :exact or email = :exact or lower(name) like :contains escape '\\'"
                : "";
    }

    private static Map<String, ?> queryParameters(Optional<String> query) {
        return query.map(q -> {
            String lower = q.toLowerCase(Locale.ROOT);
            String escaped = lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            return Map.of("exact", lower, "contains", "%" + escaped + "%");
        }).orElse(Map.of());
    }

    private static Map<String, Object> parameters(Patron patron) {
        var values = new HashMap<String, Object>();
        values.put("id", patron.id().value());
        values.put("barcode", patron.barcode().value());
        values.put("name", patron.name());
        values.put("email", patron.email());
        values.put("phone", patron.contact().phone());
        values.put("address", patron.contact().address());
        values.put("dateOfBirth", date(patron.contact().dateOfBirth()));
        values.put("category", patron.category());
        values.put("cardExpiresOn", date(patron.cardExpiresOn()));
        values.put("status", patron.blockedReason() == null ? "ACTIVE" : "BLOCKED");
        values.put("blockedReason", patron.blockedReason());
        return values;
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static Patron patron(ResultSet row, int number) throws SQLException {
        Date born = row.getDate("date_of_birth");
        return new Patron(
                new PatronId(row.getObject("id", UUID.class)),
                new CardBarcode(row.getString("barcode")),
                row.getString("name"),
                row.getString("email"),
                new Patron.Contact(row.getString("phone"), row.getString("address"),
                        born == null ? null : born.toLocalDate()),
                row.getString("category"),
                row.getDate("card_expires_on").toLocalDate(),
                row.getString("blocked_reason"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getLong("version"));
    }
}
