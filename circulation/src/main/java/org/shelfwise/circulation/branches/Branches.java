package org.shelfwise.circulation.branches;

import com.github.benmanes.caffeine.cache.LoadingCache;
import org.shelfwise.circulation.ReferenceData;
import org.shelfwise.platform.problems.FieldProblem;
import org.shelfwise.platform.problems.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The library's branches. Holds and check-ins name one on every request that names any, so each instance keeps the
 * list as reference data (a few seconds); branches are never deleted, so a branch it knows is one the database has.
 */
@Repository
public class Branches {

    private static final String ALL = "all";

    private final JdbcClient jdbc;
    private final LoadingCache<String, Map<String, Branch>> known;

    Branches(JdbcClient jdbc, ReferenceData referenceData) {
        this.jdbc = jdbc;
        this.known = referenceData.cache("branches", key -> read());
    }

    private Map<String, Branch> read() {
        return jdbc.sql("select code, name from branch").query(Branch.class).list().stream()
                .collect(Collectors.toUnmodifiableMap(Branch::code, Function.identity()));
    }

    /** Every branch, by name. */
    public List<Branch> all() {
        return jdbc.sql("select code, name from branch order by name, code").query(Branch.class).list();
    }

    /**
     * {@code code} itself if it names a branch of the library; refuses it with 400, naming {@code field}, if not.
     * A branch added through another instance a moment ago makes this one read the list again.
     */
    public String check(String field, String code) {
        if (!known.get(ALL).containsKey(code)) {
            known.invalidateAll();
            if (!known.get(ALL).containsKey(code)) {
                throw new InvalidInput(new FieldProblem(field, "branch",
                        "must be the code of one of the library's branches (GET /api/branches); " + code + " is none"));
            }
        }
        return code;
    }

    /** Adds a branch, or renames it. */
    void put(Branch branch) {
        jdbc.sql("insert into branch (code, name) values (?, ?) on conflict (code) do update set name = excluded.name")
                .params(branch.code(), branch.name()).update();
        known.invalidateAll();
    }
}
