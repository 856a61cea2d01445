package org.shelfwise.notifications.preferences;

import org.shelfwise.notifications.notices.NoticeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The patrons' notice preferences. */
@Repository
class Preferences {

    private final JdbcClient jdbc;
    private final Clock clock;

    Preferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A patron's choice; {@code language} null: the library's. */
    record Preference(UUID patronId, Set<NoticeKind> emailKinds, String language) {

        /** What a patron who chose nothing gets: every kind but receipts, in the library's language. */
        static Preference byDefault(UUID patronId) {
            return new Preference(patronId, Arrays.stream(NoticeKind.values()).filter(NoticeKind::byDefault)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(NoticeKind.class))), null);
        }
    }

    Optional<Preference> find(UUID patronId) {
        return jdbc.sql("select email_kinds, language from notice_preference where patron_id = ?").param(patronId)
                .query((rs, row) -> new Preference(patronId, kinds(rs.getArray("email_kinds")), rs.getString("language")))
                .optional();
    }

    void put(Preference preference) {
        String[] kinds = preference.emailKinds().stream().map(Enum::name).sorted().toArray(String[]::new);
        jdbc.sql("""
                        insert into notice_preference (patron_id, email_kinds, language, updated_at) values (?, ?, ?, ?)
                        on conflict (patron_id) do update set email_kinds = excluded.email_kinds,
                            language = excluded.language, updated_at = excluded.updated_at""")
                .params(preference.patronId(), kinds, preference.language(), Timestamp.from(clock.instant())).update();
    }

    private static Set<NoticeKind> kinds(Array array) throws SQLException {
        var kinds = EnumSet.noneOf(NoticeKind.class);
        for (Object kind : (Object[]) array.getArray()) {
            kinds.add(NoticeKind.valueOf((String) kind));
        }
        return kinds;
    }
}
