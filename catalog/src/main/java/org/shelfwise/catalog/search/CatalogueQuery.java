package org.shelfwise.catalog.search;

/**
 * A structured search of the catalogue, as the library protocols ask one (SRU's CQL): conditions on one field each,
 * combined with and, or and and-not. {@link IndexSearch} answers it from the same index, with the same words, as
 * {@code GET /api/books?q=}.
 */
public sealed interface CatalogueQuery {

    /** What a condition looks at. */
    enum Field {
        /** Title, subtitle, authors and subjects, as the API's {@code q} searches them. */
        ANY,
        /** Title and subtitle, with titles in their original script. */
        TITLE,
        /** Every contributor: persons, organisations, meetings. */
        CREATOR,
        SUBJECT,
        /** A valid ISBN, in any of its forms. */
        ISBN,
        /** The year of publication. */
        YEAR,
        /** ISO 639 code, in any of the forms the catalogue accepts. */
        LANGUAGE,
        /** The catalogue's format name ({@code book}, {@code sound-recording}, ...). */
        FORMAT
    }

    /** How a condition's value must match. */
    enum Match {
        ALL_WORDS, ANY_WORD, PHRASE,
        /** The whole value: an author's or subject's heading exactly; a phrase in the other text fields. */
        EXACT,
        LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL, NOT_EQUAL
    }

    /**
     * One condition. In words, {@code *} stands for any letters and {@code ?} for one (a word with a mask must
     * start with at least two letters).
     */
    record Condition(Field field, Match match, String value) implements CatalogueQuery {
    }

    record And(CatalogueQuery left, CatalogueQuery right) implements CatalogueQuery {
    }

    record Or(CatalogueQuery left, CatalogueQuery right) implements CatalogueQuery {
    }

    record AndNot(CatalogueQuery left, CatalogueQuery right) implements CatalogueQuery {
    }

    /** Every record in the catalogue. */
    record Everything() implements CatalogueQuery {
    }

    /** The orders a result can be given in; each ends with the record's id, so pages never overlap or skip. */
    enum Order {
        RELEVANCE, TITLE, TITLE_DESCENDING, YEAR, YEAR_DESCENDING
    }

    /** The letters a masked word must have before its first mask, so that no mask walks the whole index. */
    int SHORTEST_MASKED_START = 2;
}
