package org.shelfwise.catalog.oai;

import org.springframework.util.MultiValueMap;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A request's verb and arguments, checked as OAI-PMH 2.0 says: one verb the protocol knows ({@code badVerb}
 * otherwise); each argument once, one the verb takes, the required ones present, and a resumption token
 * alone ({@code badArgument} otherwise).
 */
record OaiRequest(String verb, Map<String, String> arguments) {

    static final String IDENTIFY = "Identify";
    static final String LIST_METADATA_FORMATS = "ListMetadataFormats";
    static final String LIST_SETS = "ListSets";
    static final String LIST_IDENTIFIERS = "ListIdentifiers";
    static final String LIST_RECORDS = "ListRecords";
    static final String GET_RECORD = "GetRecord";

    private static final Set<String> LIST = Set.of("metadataPrefix", "from", "until", "set", "resumptionToken");
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            IDENTIFY, Set.of(),
            LIST_METADATA_FORMATS, Set.of("identifier"),
            LIST_SETS, Set.of("resumptionToken"),
            LIST_IDENTIFIERS, LIST,
            LIST_RECORDS, LIST,
            GET_RECORD, Set.of("identifier", "metadataPrefix"));

    static OaiRequest of(MultiValueMap<String, String> parameters) {
        var verbs = parameters.get("verb");
        if (verbs == null || verbs.isEmpty()) {
            throw new OaiError(OaiError.BAD_VERB, "The request names no verb; OAI-PMH's are " + verbNames() + ".");
        }
        if (verbs.size() > 1) {
            throw new OaiError(OaiError.BAD_VERB, "The verb is given " + verbs.size() + " times; give it once.");
        }
        String verb = verbs.getFirst();
        var allowed = ALLOWED.get(verb);
        if (allowed == null) {
            throw new OaiError(OaiError.BAD_VERB, "The verb " + verb + " is not one of OAI-PMH's: " + verbNames() + ".");
        }
        var arguments = new LinkedHashMap<String, String>();
        for (var parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (name.equals("verb")) {
                continue;
            }
            if (!allowed.contains(name)) {
                throw new OaiError(OaiError.BAD_ARGUMENT, "The argument " + name + " is not one " + verb + " takes.");
            }
            if (parameter.getValue().size() != 1) {
                throw new OaiError(OaiError.BAD_ARGUMENT, "The argument " + name + " is given "
                        + parameter.getValue().size() + " times; give it once.");
            }
            arguments.put(name, parameter.getValue().getFirst());
        }
        var request = new OaiRequest(verb, arguments);
        request.checkExclusiveToken();
        return request;
    }

    private void checkExclusiveToken() {
        if (arguments.containsKey("resumptionToken") && arguments.size() > 1) {
            throw new OaiError(OaiError.BAD_ARGUMENT, "A resumptionToken must come alone, without other arguments.");
        }
        boolean needsPrefix = verb.equals(GET_RECORD)
                || (verb.equals(LIST_IDENTIFIERS) || verb.equals(LIST_RECORDS)) && !arguments.containsKey("resumptionToken");
        if (needsPrefix && !arguments.containsKey("metadataPrefix")) {
            throw new OaiError(OaiError.BAD_ARGUMENT, verb + " needs the argument metadataPrefix.");
        }
        if (verb.equals(GET_RECORD) && !arguments.containsKey("identifier")) {
            throw new OaiError(OaiError.BAD_ARGUMENT, "GetRecord needs the argument identifier.");
        }
    }

    String get(String name) {
        return arguments.get(name);
    }

    private static String verbNames() {
        return String.join(", ", IDENTIFY, LIST_METADATA_FORMATS, LIST_SETS, LIST_IDENTIFIERS, LIST_RECORDS, GET_RECORD);
    }
}
