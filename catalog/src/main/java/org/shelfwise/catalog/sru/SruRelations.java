package org.shelfwise.catalog.sru;

import org.shelfwise.catalog.search.CatalogueQuery;
import org.shelfwise.catalog.search.CatalogueQuery.Condition;
import org.shelfwise.catalog.search.CatalogueQuery.Field;
import org.shelfwise.catalog.search.CatalogueQuery.Match;

import java.util.Map;

/**
 * Which CQL relations each kind of index takes, and what they mean here. On words: {@code =} and {@code all} every
 * word (CQL leaves {@code =} to the server; every word is what a patron's search means), {@code any} one of them,
 * {@code adj} the words in order, {@code ==} the whole heading (creators, subjects) or the words in order. On years:
 * {@code = == < > <= >= <>} and {@code within "1800 1900"}. ISBNs, languages and formats: {@code =} or {@code ==}.
 */
final class SruRelations {

    static final int MAX_MASKS = 5;

    private static final Map<String, Match> WORDS = Map.of("=", Match.ALL_WORDS, "all", Match.ALL_WORDS,
            "any", Match.ANY_WORD, "adj", Match.PHRASE, "==", Match.EXACT);
    private static final Map<String, Match> YEARS = Map.of("=", Match.EXACT, "==", Match.EXACT, "<", Match.LESS,
            "<=", Match.LESS_OR_EQUAL, ">", Match.GREATER, ">=", Match.GREATER_OR_EQUAL, "<>", Match.NOT_EQUAL);

    private SruRelations() {
    }

    static CatalogueQuery condition(String index, Field field, String relation, boolean masked, String value) {
        return switch (field) {
            case ANY, TITLE, CREATOR, SUBJECT -> words(index, field, relation, masked, value);
            case YEAR -> years(index, relation, masked, value);
            case ISBN, LANGUAGE, FORMAT -> {
                noMasks(index, masked);
                if (!relation.equals("=") && !relation.equals("==")) {
                    throw unsupported(index, relation, "= and ==");
                }
                yield new Condition(field, Match.EXACT, value.strip());
            }
        };
    }

    private static CatalogueQuery words(String index, Field field, String relation, boolean masked, String value) {
        var match = WORDS.get(relation);
        if (match == null) {
            throw unsupported(index, relation, "=, all, any, adj and ==");
        }
        if (masked) {
            if (match == Match.PHRASE || match == Match.EXACT) {
                throw Diagnostic.fatal(Diagnostic.MASKING_CHARACTER_NOT_SUPPORTED, "",
                        "Masks (* and ?) are not supported with " + relation + "; use = or all.");
            }
            checkMasks(value);
        }
        return new Condition(field, match, value);
    }

    private static void checkMasks(String value) {
        int masks = 0;
        for (String word : value.strip().split("\\s+")) {
            int first = word.length();
            for (int i = 0; i < word.length(); i++) {
                if (word.charAt(i) == '*' || word.charAt(i) == '?') {
                    first = Math.min(first, i);
                    masks++;
                }
            }
            long letters = word.substring(0, first).codePoints().filter(Character::isLetterOrDigit).count();
            if (first < word.length() && letters < CatalogueQuery.SHORTEST_MASKED_START) {
                throw Diagnostic.fatal(Diagnostic.MASKED_WORDS_TOO_SHORT,
                        Integer.toString(CatalogueQuery.SHORTEST_MASKED_START), "A masked word must start with at least "
                                + CatalogueQuery.SHORTEST_MASKED_START + " letters: " + word + ".");
            }
        }
        if (masks > MAX_MASKS) {
            throw Diagnostic.fatal(30, Integer.toString(MAX_MASKS),
                    "A term may hold at most " + MAX_MASKS + " masks (* or ?).");
        }
    }

    private static CatalogueQuery years(String index, String relation, boolean masked, String value) {
        noMasks(index, masked);
        String[] years = value.strip().split("\\s+");
        if (relation.equals("within")) {
            if (years.length != 2) {
                throw format(index, value, "two years, as in \"1800 1900\"");
            }
            return new CatalogueQuery.And(new Condition(Field.YEAR, Match.GREATER_OR_EQUAL, year(index, years[0])),
                    new Condition(Field.YEAR, Match.LESS_OR_EQUAL, year(index, years[1])));
        }
        var match = YEARS.get(relation);
        if (match == null) {
            throw unsupported(index, relation, "=, ==, <, <=, >, >=, <> and within");
        }
        if (years.length != 1) {
            throw format(index, value, "a year, as in 1999");
        }
        return new Condition(Field.YEAR, match, year(index, years[0]));
    }

    private static String year(String index, String text) {
        if (!text.matches("[0-9]{1,4}")) {
            throw format(index, text, "a year of up to four digits");
        }
        return text;
    }

    private static void noMasks(String index, boolean masked) {
        if (masked) {
            throw Diagnostic.fatal(Diagnostic.MASKING_CHARACTER_NOT_SUPPORTED, "",
                    "Masks (* and ?) are not supported in " + index + ".");
        }
    }

    private static Diagnostic.SruFailure format(String index, String value, String expected) {
        return Diagnostic.fatal(Diagnostic.TERM_IN_INVALID_FORMAT, value,
                "The term " + value + " of " + index + " must be " + expected + ".");
    }

    private static Diagnostic.SruFailure unsupported(String index, String relation, String supported) {
        return Diagnostic.fatal(Diagnostic.UNSUPPORTED_RELATION, relation,
                "The relation " + relation + " is not supported with " + index + "; " + supported + " are.");
    }
}
