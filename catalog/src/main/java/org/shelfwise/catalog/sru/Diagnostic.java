package org.shelfwise.catalog.sru;

/**
 * One of SRU's diagnostics ({@code info:srw/diagnostic/1/<number>}): what the standard numbers, the details its
 * list asks for (the parameter, index, relation, ...) and a message in words.
 */
record Diagnostic(int number, String details, String message) {

    static final int GENERAL_SYSTEM_ERROR = 1;
    static final int UNSUPPORTED_OPERATION = 4;
    static final int UNSUPPORTED_VERSION = 5;
    static final int UNSUPPORTED_PARAMETER_VALUE = 6;
    static final int MANDATORY_PARAMETER_NOT_SUPPLIED = 7;
    static final int UNSUPPORTED_PARAMETER = 8;
    static final int QUERY_SYNTAX_ERROR = 10;
    static final int TOO_MANY_CHARACTERS_IN_QUERY = 12;
    static final int UNSUPPORTED_USE_OF_PARENTHESES = 13;
    static final int UNSUPPORTED_CONTEXT_SET = 15;
    static final int UNSUPPORTED_INDEX = 16;
    static final int UNSUPPORTED_RELATION = 19;
    static final int UNSUPPORTED_RELATION_MODIFIER = 20;
    static final int TOO_MANY_CHARACTERS_IN_TERM = 23;
    static final int EMPTY_TERM_UNSUPPORTED = 27;
    static final int MASKING_CHARACTER_NOT_SUPPORTED = 28;
    static final int MASKED_WORDS_TOO_SHORT = 29;
    static final int TERM_IN_INVALID_FORMAT = 36;
    static final int UNSUPPORTED_BOOLEAN_OPERATOR = 37;
    static final int TOO_MANY_BOOLEAN_OPERATORS = 38;
    static final int UNSUPPORTED_BOOLEAN_MODIFIER = 46;
    static final int QUERY_FEATURE_UNSUPPORTED = 48;
    static final int FIRST_RECORD_POSITION_OUT_OF_RANGE = 61;
    static final int UNKNOWN_SCHEMA_FOR_RETRIEVAL = 66;
    static final int UNSUPPORTED_RECORD_PACKING = 71;
    static final int SORT_NOT_SUPPORTED = 80;
    static final int TOO_MANY_SORT_KEYS = 84;
    static final int STYLESHEETS_NOT_SUPPORTED = 110;
    static final int RESPONSE_POSITION_OUT_OF_RANGE = 120;

    String uri() {
        return "info:srw/diagnostic/1/" + number;
    }

    /** A diagnostic that ends the request: nothing else can be answered. */
    static SruFailure fatal(int number, String details, String message) {
        return new SruFailure(new Diagnostic(number, details, message));
    }

    /** Thrown where a request cannot be answered; the controller answers the diagnostic instead. */
    static final class SruFailure extends RuntimeException {

        private final transient Diagnostic diagnostic;

        SruFailure(Diagnostic diagnostic) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
        }

        Diagnostic diagnostic() {
            return diagnostic;
        }
    }
}
