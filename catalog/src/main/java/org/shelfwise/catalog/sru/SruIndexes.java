package org.shelfwise.catalog.sru;

import org.shelfwise.catalog.search.CatalogueQuery.Field;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The indexes SRU clients may search, by context set: CQL's own, Dublin Core's and the Bath profile's, each mapped
 * onto a field of the catalogue's search index. An index without a context set is looked up in Dublin Core, then
 * Bath, then CQL, as the server's default sets; {@code cql.allRecords} matches every record.
 */
final class SruIndexes {

    static final String ALL_RECORDS = "cql.allrecords";

    /** The context sets, by short name, and their identifiers (for explain). */
    static final Map<String, String> CONTEXT_SETS = Map.of(
            "cql", "info:srw/cql-context-set/1/cql-v1.2",
            "dc", "info:srw/cql-context-set/1/dc-v1.1",
            "bath", "http://zing.z3950.org/cql/bath/2.0/");

    /** Each index, as {@code set.name} in lower case, and the field it searches. */
    static final Map<String, Field> INDEXES = Map.ofEntries(
            Map.entry("cql.serverchoice", Field.ANY),
            Map.entry("cql.keywords", Field.ANY),
            Map.entry("cql.anyindexes", Field.ANY),
            Map.entry("cql.allindexes", Field.ANY),
            Map.entry("dc.title", Field.TITLE),
            Map.entry("dc.creator", Field.CREATOR),
            Map.entry("dc.contributor", Field.CREATOR),
            Map.entry("dc.subject", Field.SUBJECT),
            Map.entry("dc.date", Field.YEAR),
            Map.entry("dc.language", Field.LANGUAGE),
            Map.entry("dc.type", Field.FORMAT),
            Map.entry("dc.identifier", Field.ISBN),
            Map.entry("bath.isbn", Field.ISBN),
            Map.entry("bath.name", Field.CREATOR),
            Map.entry("bath.personalname", Field.CREATOR),
            Map.entry("bath.corporatename", Field.CREATOR),
            Map.entry("bath.conferencename", Field.CREATOR),
            Map.entry("bath.topicalsubject", Field.SUBJECT),
            Map.entry("bath.geographicname", Field.SUBJECT),
            Map.entry("bath.genreform", Field.SUBJECT));

    /** The indexes a result may be sorted by (SRU 1.x sortKeys, CQL 2.0 sortby). */
    static final Set<String> SORTABLE = Set.of("dc.title", "dc.date");

    private static final String[] DEFAULT_SETS = {"dc", "bath", "cql"};

    private SruIndexes() {
    }

    /**
     * The index's full name ({@code set.name}, lower case); a refusal naming the context set or the index when it
     * is not one of these.
     */
    static String resolve(String index) {
        String name = index.toLowerCase(Locale.ROOT);
        int dot = name.indexOf('.');
        if (dot < 0) {
            for (String set : DEFAULT_SETS) {
                if (INDEXES.containsKey(set + "." + name) || (set + "." + name).equals(ALL_RECORDS)) {
                    return set + "." + name;
                }
            }
            throw unsupported(index);
        }
        if (!CONTEXT_SETS.containsKey(name.substring(0, dot))) {
            throw Diagnostic.fatal(Diagnostic.UNSUPPORTED_CONTEXT_SET, index.substring(0, dot),
                    "The context set " + index.substring(0, dot) + " is not supported; use cql, dc or bath.");
        }
        if (!INDEXES.containsKey(name) && !name.equals(ALL_RECORDS)) {
            throw unsupported(index);
        }
        return name;
    }

    static Optional<Field> field(String resolved) {
        return Optional.ofNullable(INDEXES.get(resolved));
    }

    private static Diagnostic.SruFailure unsupported(String index) {
        return Diagnostic.fatal(Diagnostic.UNSUPPORTED_INDEX, index, "The index " + index
                + " is not supported; explain lists those that are (dc.title, dc.creator, dc.subject, bath.isbn, ...).");
    }
}
