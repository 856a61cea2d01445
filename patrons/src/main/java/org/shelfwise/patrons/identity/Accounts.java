package org.shelfwise.patrons.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The accounts that can sign in. */
@Repository
public class Accounts {

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Gives a patron an account to sign in with their card barcode (or their email) and this password hash. */
    public void addForPatron(UUID patronId, String cardBarcode, String passwordHash, Instant now) {
        add(new Account(UUID.randomUUID(), cardBarcode, passwordHash, java.util.Set.of(Role.PATRON), patronId), now);
    }

    void add(Account account, Instant now) {
        jdbc.sql("""
                        insert into account (id, username, password_hash, roles, patron_id, created_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(account.id(), account.username(), account.passwordHash(),
                        account.roles().stream().map(Role::name).toArray(String[]::new), account.patronId(),
                        Timestamp.from(now))
                .update();
    }

    /** The enabled account a user names by username, card barcode or email: a disabled one signs in as nobody. */
    Optional<Account> findByLogin(String login) {
        return jdbc.sql("""
                        select a.* from account a left join patrons p on p.id = a.patron_id
                        where (a.username = :login or p.email = :login or p.barcode = :login)
                          and a.disabled_at is null
                        limit 1""")
                .param("login", login.strip().toLowerCase(java.util.Locale.ROOT)).query(Accounts::map).optional();
    }

    Optional<Account> find(UUID id) {
        return jdbc.sql("select * from account where id = ?").param(id).query(Accounts::map).optional();
    }

    boolean exists(String username) {
        return jdbc.sql("select exists (select 1 from account where username = ?)").param(username)
                .query(Boolean.class).single();
    }

    void changePassword(UUID id, String passwordHash) {
        jdbc.sql("update account set password_hash = ? where id = ?").params(passwordHash, id).update();
    }

    /** Staff accounts (those not tied to a patron), by username. */
    java.util.List<Account> staff() {
        return jdbc.sql("select * from account where patron_id is null order by username").query(Accounts::map).list();
    }


    private static Account map(ResultSet rs, int row) throws SQLException {
        var roles = Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf)
                .collect(Collectors.toUnmodifiableSet());
        return new Account(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("password_hash"),
                roles, rs.getObject("patron_id", UUID.class));
    }
}
