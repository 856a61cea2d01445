package org.shelfwise.patrons.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Staff accounts as an administrator manages them: their roles and whether they are enabled. */
@Repository
class StaffAccounts {

    private final JdbcClient jdbc;

    StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A staff account's standing. */
    record Member(UUID id, String username, Set<Role> roles, boolean enabled) {

        boolean isEnabledAdmin() {
            return enabled && roles.contains(Role.ADMIN);
        }
    }

    List<Member> all() {
        return jdbc.sql("select id, username, roles, disabled_at from account where patron_id is null order by username")
                .query(StaffAccounts::member).list();
    }

    /**
     * Every staff account, the one {@code id} names among them, locked until the transaction ends: two administrators
     * changing accounts at once are serialised, so they cannot together leave no enabled administrator.
     */
    List<Member> lockAll() {
        return jdbc.sql("""
                        select id, username, roles, disabled_at from account where patron_id is null
                        order by id for update""")
                .query(StaffAccounts::member).list();
    }

    Optional<Member> find(UUID id) {
        return all().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    void changeRoles(UUID id, Set<Role> roles) {
        jdbc.sql("update account set roles = ? where id = ?")
                .params(roles.stream().map(Role::name).sorted().toArray(String[]::new), id).update();
    }

    void disable(UUID id, Instant now) {
        jdbc.sql("update account set disabled_at = ? where id = ? and disabled_at is null")
                .params(Timestamp.from(now), id).update();
    }

    void enable(UUID id) {
        jdbc.sql("update account set disabled_at = null where id = ?").param(id).update();
    }

    private static Member member(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        var roles = Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf)
                .collect(Collectors.toUnmodifiableSet());
        return new Member(rs.getObject("id", UUID.class), rs.getString("username"), roles,
                rs.getTimestamp("disabled_at") == null);
    }
}
