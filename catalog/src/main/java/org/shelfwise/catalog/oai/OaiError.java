package org.shelfwise.catalog.oai;

/**
 * One of OAI-PMH's error conditions ({@code badArgument}, {@code badVerb}, ...), answered in the protocol's XML with
 * HTTP 200 as the protocol requires, with a message in words.
 */
final class OaiError extends RuntimeException {

    static final String BAD_ARGUMENT = "badArgument";
    static final String BAD_RESUMPTION_TOKEN = "badResumptionToken";
    static final String BAD_VERB = "badVerb";
    static final String CANNOT_DISSEMINATE_FORMAT = "cannotDisseminateFormat";
    static final String ID_DOES_NOT_EXIST = "idDoesNotExist";
    static final String NO_RECORDS_MATCH = "noRecordsMatch";

    private final String code;

    OaiError(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }

    /** Whether the request element of the answer must leave out the request's arguments (the protocol's rule). */
    boolean hidesArguments() {
        return code.equals(BAD_VERB) || code.equals(BAD_ARGUMENT);
    }
}
