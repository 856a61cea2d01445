package org.shelfwise.catalog.sru;

import org.shelfwise.catalog.search.IndexSearch;

import java.util.List;

/**
 * SRU's scan: an index's terms from the one in the scan clause on, each with how many records hold it. Terms of
 * {@code dc.title} and {@code cql.serverChoice} are words; of creators and subjects, whole headings (a browse list);
 * of {@code bath.isbn}, ISBN-13s. The list starts at the clause's term ({@code responsePosition} 0 or 1): the index
 * walks its terms forwards only.
 */
final class SruScan {

    private static final int DEFAULT_TERMS = 20;

    private final IndexSearch search;

    SruScan(IndexSearch search) {
        this.search = search;
    }

    byte[] answer(SruRequest request, int maximumTerms) {
        String clause = request.required("scanClause");
        var tree = CqlParsing.parse(clause).sortedQuery();
        var scoped = tree.scopedClause();
        if (tree.prefixAssignment() != null || tree.SORTBY() != null || scoped == null || scoped.scopedClause() != null
                || scoped.searchClause().cqlQuery() != null) {
            throw Diagnostic.fatal(Diagnostic.QUERY_SYNTAX_ERROR, clause,
                    "A scan clause is one index, relation and term, such as dc.title = whale.");
        }
        var searchClause = scoped.searchClause();
        String index = searchClause.index() == null ? "cql.serverChoice" : Terms.value(searchClause.index().getText());
        String resolved = SruIndexes.resolve(index);
        var field = SruIndexes.field(resolved).orElse(null);
        if (field == null || !IndexSearch.scannable(field)) {
            throw Diagnostic.fatal(Diagnostic.UNSUPPORTED_INDEX, index, "The index " + index + " cannot be scanned.");
        }
        if (searchClause.relation() != null && !Terms.value(searchClause.relation().getText()).equals("=")) {
            throw Diagnostic.fatal(Diagnostic.UNSUPPORTED_RELATION, searchClause.relation().getText(),
                    "A scan clause takes the relation =.");
        }
        int position = request.number("responsePosition", 1, 0);
        if (position > 1) {
            throw Diagnostic.fatal(Diagnostic.RESPONSE_POSITION_OUT_OF_RANGE, Integer.toString(position),
                    "Scans list terms from the one given on: responsePosition may be 0 or 1.");
        }
        int count = Math.min(request.number("maximumTerms", DEFAULT_TERMS, 1), maximumTerms);
        String term = Terms.value(searchClause.searchTerm().getText());
        List<IndexSearch.IndexTerm> terms = search.scan(field, term, count);
        return SruResponses.scan(request.version, terms, List.of());
    }
}
