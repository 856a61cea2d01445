package org.shelfwise.catalog.sru;

import org.shelfwise.catalog.search.CatalogueQuery.Order;

/**
 * Sorting, as SRU 1.x asks it ({@code sortKeys=dc.title,,0}: path, schema, ascending) and as CQL 2.0 does
 * ({@code sortby dc.date/sort.descending}): by title (the filing title, without its non-filing article) or by year;
 * one key. Without one, a result is in order of relevance.
 */
final class SruSorting {

    private SruSorting() {
    }

    static Order order(String index, boolean descending) {
        String resolved = SruIndexes.resolve(index);
        if (!SruIndexes.SORTABLE.contains(resolved)) {
            throw Diagnostic.fatal(Diagnostic.SORT_NOT_SUPPORTED, index,
                    "Results cannot be sorted by " + index + "; dc.title and dc.date can.");
        }
        if (resolved.equals("dc.title")) {
            return descending ? Order.TITLE_DESCENDING : Order.TITLE;
        }
        return descending ? Order.YEAR_DESCENDING : Order.YEAR;
    }

    /** SRU 1.x's {@code sortKeys}: one key, {@code path[,schema[,ascending[,caseSensitive[,missingValue]]]]}. */
    static Order sortKeys(String sortKeys) {
        String[] keys = sortKeys.strip().split("\\s+");
        if (keys.length > 1) {
            throw Diagnostic.fatal(Diagnostic.TOO_MANY_SORT_KEYS, "1", "Results sort by one key at a time.");
        }
        String[] parts = keys[0].split(",", -1);
        boolean descending = parts.length > 2 && parts[2].equals("0");
        if (parts.length > 2 && !parts[2].isEmpty() && !parts[2].equals("0") && !parts[2].equals("1")) {
            throw Diagnostic.fatal(Diagnostic.UNSUPPORTED_PARAMETER_VALUE, "sortKeys",
                    "The ascending part of sortKeys must be 1 or 0.");
        }
        return order(parts[0], descending);
    }
}
