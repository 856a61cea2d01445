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
        add(new Account(UUID.randomUUID(), cardBarcode, passwordHash, java.util.Set.of(Role.PATRON), patronId, 0, null), now);
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

    /** The account a user names by username, card barcode or email, locked for update until the transaction ends. */
    Optional<Account> lockByLogin(String login) {
        return jdbc.sql("""
                        select a.* from account a left join patrons p on p.id = a.patron_id
                        where a.username = :login or p.email = :login or p.barcode = :login
                        limit 1 for update of a""")
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

    void recordFailure(UUID id, int failures, Instant lockedUntil) {
        jdbc.sql("update account set failed_sign_ins = ?, locked_until = ? where id = ?")
                .params(failures, lockedUntil == null ? null : Timestamp.from(lockedUntil), id).update();
    }

    void recordSuccess(UUID id, String rehashedPassword) {
        jdbc.sql("update account set failed_sign_ins = 0, locked_until = null, password_hash = ? where id = ?")
                .params(rehashedPassword, id).update();
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        var roles = Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf)
                .collect(Collectors.toUnmodifiableSet());
        return new Account(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("password_hash"),
                roles, rs.getObject("patron_id", UUID.class), rs.getInt("failed_sign_ins"),
                locked == null ? null : locked.toInstant());
    }
}
