package org.shelfwise.catalog.sru;

import org.springframework.util.MultiValueMap;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An SRU request's parameters, checked as the standard asks: the version and operation first (so that every later
 * refusal is answered in the version asked for), then each parameter once, known to the operation (or an
 * {@code x-} extension, which is ignored), numbers as numbers.
 */
final class SruRequest {

    static final String SEARCH = "searchRetrieve";
    static final String SCAN = "scan";
    static final String EXPLAIN = "explain";

    private static final Set<String> COMMON = Set.of("operation", "version", "stylesheet", "extraRequestData",
            "httpAccept", "responseType", "renderedBy");
    private static final Map<String, Set<String>> PARAMETERS = Map.of(
            SEARCH, Set.of("query", "queryType", "startRecord", "maximumRecords", "recordPacking", "recordSchema",
                    "recordXMLEscaping", "resultSetTTL", "sortKeys", "recordXPath"),
            SCAN, Set.of("scanClause", "responsePosition", "maximumTerms"),
            EXPLAIN, Set.of("recordPacking", "recordXMLEscaping"));

    final SruVersion version;
    final String operation;
    private final MultiValueMap<String, String> parameters;

    private SruRequest(SruVersion version, String operation, MultiValueMap<String, String> parameters) {
        this.version = version;
        this.operation = operation;
        this.parameters = parameters;
    }

    /**
     * The request's version and operation; without a version, 1.2 when an {@code operation} is named (1.x asks for
     * one), else 2.0, which tells the operation by its parameters.
     */
    static SruRequest of(MultiValueMap<String, String> parameters) {
        String asked = first(parameters, "version");
        String operation = first(parameters, "operation");
        var version = asked == null ? (operation != null ? SruVersion.V1_2 : SruVersion.V2_0) : SruVersion.parse(asked);
        if (operation == null) {
            operation = parameters.containsKey("query") ? SEARCH : parameters.containsKey("scanClause") ? SCAN : EXPLAIN;
        }
        var request = new SruRequest(version == null ? SruVersion.V1_2 : version, operation, parameters);
        if (version == null) {
            throw Diagnostic.fatal(Diagnostic.UNSUPPORTED_VERSION, SruVersion.V2_0.number,
                    "SRU version " + asked + " is not supported; 1.1, 1.2 and 2.0 are.");
        }
        return request;
    }

    /** Refuses what the operation does not take; answers in the request's version. */
    void check() {
        var known = PARAMETERS.get(operation);
        if (known == null) {
            throw Diagnostic.fatal(Diagnostic.UNSUPPORTED_OPERATION, operation,
                    "The operation " + operation + " is not supported; searchRetrieve, scan and explain are.");
        }
        for (var parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (!name.startsWith("x-") && !known.contains(name) && !COMMON.contains(name)) {
                throw Diagnostic.fatal(Diagnostic.UNSUPPORTED_PARAMETER, name,
                        "The parameter " + name + " is not one " + operation + " takes.");
            }
            if (parameter.getValue().size() > 1) {
                throw Diagnostic.fatal(Diagnostic.UNSUPPORTED_PARAMETER_VALUE, name,
                        "The parameter " + name + " is given " + parameter.getValue().size() + " times; give it once.");
            }
        }
        if (get("stylesheet") != null) {
            throw Diagnostic.fatal(Diagnostic.STYLESHEETS_NOT_SUPPORTED, "", "Stylesheets are not supported.");
        }
        if (get("recordXPath") != null) {
            throw Diagnostic.fatal(Diagnostic.UNSUPPORTED_PARAMETER, "recordXPath", "recordXPath is not supported.");
        }
        String queryType = get("queryType");
        if (queryType != null && !queryType.equals("cql")) {
            throw Diagnostic.fatal(Diagnostic.UNSUPPORTED_PARAMETER_VALUE, "queryType",
                    "The query type " + queryType + " is not supported; cql is.");
        }
    }

    String get(String name) {
        return first(parameters, name);
    }

    String required(String name) {
        String value = get(name);
        if (value == null) {
            throw Diagnostic.fatal(Diagnostic.MANDATORY_PARAMETER_NOT_SUPPLIED, name,
                    operation + " needs the parameter " + name + ".");
        }
        return value;
    }

    /** A whole number from {@code min} on; a larger one than an int holds reads as {@link Integer#MAX_VALUE}. */
    int number(String name, int fallback, int min) {
        String value = get(name);
        if (value == null) {
            return fallback;
        }
        if (!value.matches("[0-9]{1,18}") || Long.parseLong(value) < min) {
            throw Diagnostic.fatal(Diagnostic.UNSUPPORTED_PARAMETER_VALUE, name,
                    "The parameter " + name + " must be a whole number from " + min + " on, not " + value + ".");
        }
        return (int) Math.min(Integer.MAX_VALUE, Long.parseLong(value));
    }

    /** Whether records go as XML (true) or as escaped XML text (false). */
    boolean recordsAsXml() {
        String name = version.escapingParameter();
        String value = get(name);
        if (version.isTwo() && get("recordPacking") != null && !get("recordPacking").equals("packed")) {
            throw Diagnostic.fatal(Diagnostic.UNSUPPORTED_RECORD_PACKING, get("recordPacking"),
                    "Records are sent packed; recordPacking=" + get("recordPacking") + " is not supported.");
        }
        if (value == null || value.equals("xml")) {
            return true;
        }
        if (value.equals("string")) {
            return false;
        }
        throw Diagnostic.fatal(Diagnostic.UNSUPPORTED_RECORD_PACKING, value,
                name + " must be xml or string, not " + value + ".");
    }

    private static String first(MultiValueMap<String, String> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }
}
