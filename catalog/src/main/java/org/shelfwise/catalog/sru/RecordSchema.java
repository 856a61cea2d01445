package org.shelfwise.catalog.sru;

import java.util.Locale;
import java.util.Set;

/** The schemas records are given in: MARCXML (the record as catalogued, the default) and simple Dublin Core. */
enum RecordSchema {
    MARCXML("marcxml", "info:srw/schema/1/marcxml-v1.1", "MARCXML: MARC 21 records as XML",
            Set.of("marcxml", "marc21", "marc21xml", "marcxml-v1.1", "info:srw/schema/1/marcxml-v1.1",
                    "info:srw/schema/1/marcxml-v1.1-light", "http://www.loc.gov/marc21/slim")),
    DC("dc", "info:srw/schema/1/dc-v1.1", "Dublin Core",
            Set.of("dc", "dublincore", "dc-v1.1", "info:srw/schema/1/dc-v1.1", "info:srw/schema/1/dc-schema",
                    "http://purl.org/dc/elements/1.1/"));

    final String name;
    final String identifier;
    final String title;
    private final Set<String> names;

    RecordSchema(String name, String identifier, String title, Set<String> names) {
        this.name = name;
        this.identifier = identifier;
        this.title = title;
        this.names = names;
    }

    static RecordSchema parse(String text) {
        if (text == null || text.isEmpty()) {
            return MARCXML;
        }
        for (var schema : values()) {
            if (schema.names.contains(text.toLowerCase(Locale.ROOT))) {
                return schema;
            }
        }
        throw Diagnostic.fatal(Diagnostic.UNKNOWN_SCHEMA_FOR_RETRIEVAL, text, "Records are not available in the "
                + "schema " + text + "; they are in marcxml (" + MARCXML.identifier + ") and dc (" + DC.identifier + ").");
    }
}
