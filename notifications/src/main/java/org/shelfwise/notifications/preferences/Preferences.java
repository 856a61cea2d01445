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

    /**
     * A patron's choice: each kind by email at once ({@code emailKinds}), in the daily digest ({@code digestKinds}),
     * or, in neither, not at all; {@code language} null: the library's.
     */
    record Preference(UUID patronId, Set<NoticeKind> emailKinds, Set<NoticeKind> digestKinds, String language) {

        /** A patron who chose nothing: every kind but receipts, by email at once, in the library's language. */
        static Preference byDefault(UUID patronId) {
            return new Preference(patronId, Arrays.stream(NoticeKind.values()).filter(NoticeKind::byDefault)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(NoticeKind.class))),
                    EnumSet.noneOf(NoticeKind.class), null);
        }
    }

    Optional<Preference> find(UUID patronId) {
        return jdbc.sql("select email_kinds, digest_kinds, language from notice_preference where patron_id = ?")
                .param(patronId)
                .query((rs, row) -> new Preference(patronId, kinds(rs.getArray("email_kinds")),
                        kinds(rs.getArray("digest_kinds")), rs.getString("language")))
                .optional();
    }

    void put(Preference preference) {
        jdbc.sql("""
                        insert into notice_preference (patron_id, email_kinds, digest_kinds, language, updated_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (patron_id) do update set email_kinds = excluded.email_kinds,
                            digest_kinds = excluded.digest_kinds, language = excluded.language,
                            updated_at = excluded.updated_at""")
                .params(preference.patronId(), names(preference.emailKinds()), names(preference.digestKinds()),
                        preference.language(), Timestamp.from(clock.instant())).update();
    }

    private static String[] names(Set<NoticeKind> kinds) {
        return kinds.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static Set<NoticeKind> kinds(Array array) throws SQLException {
        var kinds = EnumSet.noneOf(NoticeKind.class);
        for (Object kind : (Object[]) array.getArray()) {
            kinds.add(NoticeKind.valueOf((String) kind));
        }
        return kinds;
    }
}
