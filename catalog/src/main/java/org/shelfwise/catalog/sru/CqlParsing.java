package org.shelfwise.catalog.sru;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;

/**
 * Parses CQL with the parser ANTLR generates from {@code Cql.g4}, after the checks that keep hostile queries from
 * costing more than a real one: a bounded length and bounded nesting. Any syntax error ends the parse at once
 * (ANTLR would otherwise recover and go on) as diagnostic 10, naming the character where it was found.
 */
final class CqlParsing {

    static final int MAX_LENGTH = 2000;
    static final int MAX_NESTING = 20;

    private CqlParsing() {
    }

    static CqlParser.QueryContext parse(String cql) {
        if (cql.length() > MAX_LENGTH) {
            throw Diagnostic.fatal(Diagnostic.TOO_MANY_CHARACTERS_IN_QUERY, Integer.toString(MAX_LENGTH),
                    "The query is " + cql.length() + " characters long; at most " + MAX_LENGTH + " are accepted.");
        }
        checkNesting(cql);
        var lexer = new CqlLexer(CharStreams.fromString(cql));
        var parser = new CqlParser(new CommonTokenStream(lexer));
        lexer.removeErrorListeners();
        parser.removeErrorListeners();
        lexer.addErrorListener(Failing.INSTANCE);
        parser.addErrorListener(Failing.INSTANCE);
        return parser.query();
    }

    /** Parentheses outside quotes, counted before parsing: the parser's recursion follows them. */
    private static void checkNesting(String cql) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < cql.length(); i++) {
            char c = cql.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(' && ++depth > MAX_NESTING) {
                throw Diagnostic.fatal(Diagnostic.UNSUPPORTED_USE_OF_PARENTHESES, Integer.toString(i + 1),
                        "Parentheses are nested deeper than " + MAX_NESTING + " at character " + (i + 1) + ".");
            } else if (!quoted && c == ')') {
                depth--;
            }
        }
    }

    private static final class Failing extends BaseErrorListener {

        static final Failing INSTANCE = new Failing();

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int position,
                                String message, RecognitionException e) {
            throw Diagnostic.fatal(Diagnostic.QUERY_SYNTAX_ERROR, Integer.toString(position + 1),
                    "The query is not valid CQL at character " + (position + 1) + ": " + message + ".");
        }
    }
}
