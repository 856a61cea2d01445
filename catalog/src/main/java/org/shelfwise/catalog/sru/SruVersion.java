package org.shelfwise.catalog.sru;

/**
 * The SRU versions answered, each with its XML: 1.1 and 1.2 in the ZING namespaces of the Library of Congress, 2.0 in
 * the OASIS searchRetrieve namespaces (and with {@code recordXMLEscaping} where 1.x said {@code recordPacking}).
 */
enum SruVersion {
    V1_1("1.1"), V1_2("1.2"), V2_0("2.0");

    private static final String ZING = "http://www.loc.gov/zing/srw/";

    final String number;

    SruVersion(String number) {
        this.number = number;
    }

    static SruVersion parse(String text) {
        for (var version : values()) {
            if (version.number.equals(text)) {
                return version;
            }
        }
        return null;
    }

    boolean isTwo() {
        return this == V2_0;
    }

    String prefix(String operation) {
        if (!isTwo()) {
            return "zs";
        }
        return operation.equals("scan") ? "scan" : "sruResponse";
    }

    String namespace(String operation) {
        if (!isTwo()) {
            return ZING;
        }
        return operation.equals("scan") ? "http://docs.oasis-open.org/ns/search-ws/scan"
                : "http://docs.oasis-open.org/ns/search-ws/sruResponse";
    }

    String diagnosticNamespace() {
        return isTwo() ? "http://docs.oasis-open.org/ns/search-ws/diagnostic" : "http://www.loc.gov/zing/srw/diagnostic/";
    }

    /** The parameter that says whether a record is XML or escaped XML text. */
    String escapingParameter() {
        return isTwo() ? "recordXMLEscaping" : "recordPacking";
    }
}
