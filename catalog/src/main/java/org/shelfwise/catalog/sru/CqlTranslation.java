package org.shelfwise.catalog.sru;

import org.shelfwise.catalog.search.CatalogueQuery;
import org.shelfwise.catalog.search.CatalogueQuery.Field;
import org.shelfwise.catalog.search.CatalogueQuery.Order;

import java.util.Locale;

/**
 * A parsed CQL query as a {@link CatalogueQuery} and an order (CQL 2.0's {@code sortby}). Every part the catalogue
 * cannot answer as asked is refused with the diagnostic the SRU standard gives for it, rather than answered as
 * something else: an unknown index, a relation or modifier it does not support, {@code prox}, a mask where masks
 * make no sense.
 */
final class CqlTranslation {

    static final int MAX_BOOLEANS = 32;

    /** A query and the order its {@code sortby} asks for, or null when it has none. */
    record Translated(CatalogueQuery query, Order order) {
    }

    private int booleans;

    static Translated translate(String cql) {
        var tree = CqlParsing.parse(cql);
        return new CqlTranslation().sorted(tree.sortedQuery());
    }

    private Translated sorted(CqlParser.SortedQueryContext sorted) {
        if (sorted.prefixAssignment() != null) {
            throw prefixes();
        }
        var query = scoped(sorted.scopedClause());
        if (sorted.SORTBY() == null) {
            return new Translated(query, null);
        }
        if (sorted.singleSpec().size() > 1) {
            throw Diagnostic.fatal(Diagnostic.TOO_MANY_SORT_KEYS, "1", "Results sort by one key at a time.");
        }
        var spec = sorted.singleSpec(0);
        boolean descending = false;
        for (var modifier : spec.modifier()) {
            String name = Terms.value(modifier.term(0).getText()).toLowerCase(Locale.ROOT);
            switch (name) {
                case "sort.descending", "descending" -> descending = true;
                case "sort.ascending", "ascending", "sort.ignorecase", "ignorecase" -> { }
                default -> throw Diagnostic.fatal(Diagnostic.SORT_NOT_SUPPORTED, name,
                        "The sort modifier " + name + " is not supported; sort.ascending and sort.descending are.");
            }
        }
        return new Translated(query, SruSorting.order(Terms.value(spec.index().getText()), descending));
    }

    private CatalogueQuery cql(CqlParser.CqlQueryContext cql) {
        if (cql.prefixAssignment() != null) {
            throw prefixes();
        }
        return scoped(cql.scopedClause());
    }

    private CatalogueQuery scoped(CqlParser.ScopedClauseContext scoped) {
        if (scoped.scopedClause() == null) {
            return clause(scoped.searchClause());
        }
        if (++booleans > MAX_BOOLEANS) {
            throw Diagnostic.fatal(Diagnostic.TOO_MANY_BOOLEAN_OPERATORS, Integer.toString(MAX_BOOLEANS),
                    "The query has more than " + MAX_BOOLEANS + " boolean operators.");
        }
        var left = scoped(scoped.scopedClause());
        var group = scoped.booleanGroup();
        String bool = group.bool().getText().toLowerCase(Locale.ROOT);
        if (!group.modifier().isEmpty()) {
            throw Diagnostic.fatal(Diagnostic.UNSUPPORTED_BOOLEAN_MODIFIER, group.modifier(0).getText(),
                    "Boolean modifiers are not supported.");
        }
        var right = clause(scoped.searchClause());
        return switch (bool) {
            case "and" -> new CatalogueQuery.And(left, right);
            case "or" -> new CatalogueQuery.Or(left, right);
            case "not" -> new CatalogueQuery.AndNot(left, right);
            default -> throw Diagnostic.fatal(Diagnostic.UNSUPPORTED_BOOLEAN_OPERATOR, bool,
                    "The boolean operator " + bool + " is not supported; and, or and not are.");
        };
    }

    private CatalogueQuery clause(CqlParser.SearchClauseContext clause) {
        if (clause.cqlQuery() != null) {
            return cql(clause.cqlQuery());
        }
        String term = clause.searchTerm().getText();
        if (clause.index() == null) {
            return condition("cql.serverChoice", "=", term);
        }
        var relation = clause.relation();
        if (!relation.modifier().isEmpty()) {
            String modifier = relation.modifier(0).term(0).getText();
            throw Diagnostic.fatal(Diagnostic.UNSUPPORTED_RELATION_MODIFIER, modifier,
                    "The relation modifier " + modifier + " is not supported.");
        }
        return condition(Terms.value(clause.index().getText()), Terms.value(relation.comparitor().getText()), term);
    }

    private static CatalogueQuery condition(String index, String relation, String rawTerm) {
        String resolved = SruIndexes.resolve(index);
        String value = Terms.value(rawTerm);
        if (resolved.equals(SruIndexes.ALL_RECORDS)) {
            return new CatalogueQuery.Everything();
        }
        Field field = SruIndexes.field(resolved).orElseThrow();
        String name = relation.toLowerCase(Locale.ROOT);
        name = name.startsWith("cql.") ? name.substring(4) : name;
        if (value.isBlank()) {
            throw Diagnostic.fatal(Diagnostic.EMPTY_TERM_UNSUPPORTED, "", "The search term of " + index + " is empty.");
        }
        if (value.length() > Terms.MAX_TERM) {
            throw Diagnostic.fatal(Diagnostic.TOO_MANY_CHARACTERS_IN_TERM, Integer.toString(Terms.MAX_TERM),
                    "A search term may be at most " + Terms.MAX_TERM + " characters long.");
        }
        return SruRelations.condition(index, field, name, Terms.masked(rawTerm), value);
    }

    private static Diagnostic.SruFailure prefixes() {
        return Diagnostic.fatal(Diagnostic.QUERY_FEATURE_UNSUPPORTED, "prefix assignment",
                "Prefix assignments (>dc=\"...\") are not supported; the context sets cql, dc and bath are known.");
    }
}
