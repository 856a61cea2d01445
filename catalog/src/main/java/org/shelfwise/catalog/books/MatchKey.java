package org.shelfwise.catalog.books;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A key a record is matched by when it is imported again, in the order they are tried: its control number
 * (001 with 003), the system numbers other catalogues gave it (035), then its ISBNs. A control number and a system
 * number share one form, {@code id:(ORG)number}, since a 035 names another catalogue's 003 and 001; OCLC numbers are
 * compared without their prefix and leading zeros ({@code (OCoLC)ocm00012345} is {@code (OCoLC)12345}).
 *
 * @param kind how the import report names the key that matched: control-number, system-number or isbn
 */
public record MatchKey(String key, String kind) {

    public static final String CONTROL_NUMBER = "control-number";
    public static final String SYSTEM_NUMBER = "system-number";
    public static final String ISBN = "isbn";

    private static final Pattern SOURCE = Pattern.compile("\\(([^)]*)\\)\\s*(.+)");

    /** The keys of a record, most telling first, each once. */
    public static List<MatchKey> of(BookDetails details) {
        var ids = details.identifiers();
        var keys = new ArrayList<MatchKey>();
        var seen = new LinkedHashSet<String>();
        if (ids.controlNumber() != null) {
            add(keys, seen, number(ids.controlNumberSource(), ids.controlNumber()), CONTROL_NUMBER);
        }
        for (String systemNumber : ids.systemNumbers()) {
            var parts = SOURCE.matcher(systemNumber);
            add(keys, seen, parts.matches() ? number(parts.group(1), parts.group(2)) : number(null, systemNumber),
                    SYSTEM_NUMBER);
        }
        for (String isbn : ids.isbns()) {
            add(keys, seen, "isbn:" + isbn, ISBN);
        }
        return keys;
    }

    private static void add(List<MatchKey> keys, Set<String> seen, String key, String kind) {
        if (key != null && seen.add(key)) {
            keys.add(new MatchKey(key, kind));
        }
    }

    private static String number(String source, String number) {
        String value = number.strip();
        String org = source == null ? "" : source.strip();
        if (org.equalsIgnoreCase("OCoLC")) {
            org = "OCoLC";
            value = value.replaceFirst("^(?i)(ocm|ocn|on)", "").replaceFirst("^0+(?=\\d)", "");
        }
        if (value.isEmpty()) {
            return null;
        }
        return "id:" + (org.isEmpty() ? "" : "(" + org + ")") + value;
    }

    @Override
    public String toString() {
        return key;
    }
}
