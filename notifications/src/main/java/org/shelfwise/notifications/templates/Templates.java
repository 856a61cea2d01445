package org.shelfwise.notifications.templates;

import com.samskivert.mustache.BasicCollector;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import org.shelfwise.notifications.notices.NoticeKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The templates, and how one is rendered. */
@Repository
public class Templates {

    // plain text mail: nothing to escape; a variable not given renders empty; only maps are looked into, never an
    // object's methods or fields
    private static final Mustache.Compiler COMPILER = Mustache.compiler().escapeHTML(false).defaultValue("")
            .emptyStringIsFalse(true).withCollector(new BasicCollector() {
                @Override
                public <K, V> Map<K, V> createFetcherCache() {
                    return new ConcurrentHashMap<>();
                }
            });

    private final JdbcClient jdbc;
    private final Clock clock;

    Templates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A template's text as stored. */
    public record Text(NoticeKind kind, String language, String subject, String body) {
    }

    /** A text compiled, ready to render. */
    public record Compiled(Template subject, Template body) {

        /** Renders with these variables: plain strings, and for a section, lists of maps of strings. */
        public Rendered render(Map<String, ?> variables) {
            return new Rendered(subject.execute(variables).strip(), body.execute(variables));
        }
    }

    /** What a notice says. */
    public record Rendered(String subject, String body) {
    }

    /** Compiles a text; throws {@link MustacheException} naming what is wrong with it. */
    public static Compiled compile(String subject, String body) {
        return new Compiled(COMPILER.compile(subject), COMPILER.compile(body));
    }

    List<Text> all() {
        return jdbc.sql("select kind, language, subject, body from notice_template order by kind, language")
                .query((rs, row) -> new Text(NoticeKind.valueOf(rs.getString("kind")), rs.getString("language"),
                        rs.getString("subject"), rs.getString("body"))).list();
    }

    Optional<Text> find(NoticeKind kind, String language) {
        return all().stream().filter(text -> text.kind() == kind && text.language().equals(language)).findFirst();
    }

    void put(Text text) {
        jdbc.sql("""
                        insert into notice_template (kind, language, subject, body, updated_at) values (?, ?, ?, ?, ?)
                        on conflict (kind, language) do update set subject = excluded.subject, body = excluded.body,
                            updated_at = excluded.updated_at""")
                .params(text.kind().name(), text.language(), text.subject(), text.body(),
                        Timestamp.from(clock.instant())).update();
    }

    boolean remove(NoticeKind kind, String language) {
        return jdbc.sql("delete from notice_template where kind = ? and language = ?")
                .params(kind.name(), language).update() == 1;
    }

    /**
     * Every template compiled, read afresh (a handful of rows), so a change made on any instance applies to the
     * next batch: {@link Choice#of} picks the patron's language, else the library's, else English.
     */
    public Choice compiledAll(String defaultLanguage) {
        var compiled = new HashMap<String, Compiled>();
        for (Text text : all()) {
            try {
                compiled.put(text.kind() + "/" + text.language(), compile(text.subject(), text.body()));
            } catch (MustacheException broken) {
                // stored texts were compiled before they were kept; skip one that a newer engine reads otherwise
            }
        }
        return new Choice(compiled, defaultLanguage);
    }

    /** The compiled templates of one batch. */
    public record Choice(Map<String, Compiled> compiled, String defaultLanguage) {

        public Optional<Compiled> of(NoticeKind kind, String language) {
            for (String candidate : new String[]{language, defaultLanguage, "en"}) {
                if (candidate != null && compiled.containsKey(kind + "/" + candidate)) {
                    return Optional.of(compiled.get(kind + "/" + candidate));
                }
            }
            return Optional.empty();
        }
    }
}
