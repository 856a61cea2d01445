package org.shelfwise.catalog.oai;

import org.shelfwise.catalog.records.DublinCore;
import org.shelfwise.catalog.records.MarcXml;

/** The formats records are disseminated in: simple Dublin Core (every repository must offer it) and MARCXML. */
enum MetadataFormat {
    OAI_DC("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", DublinCore.Root.OAI.namespace()),
    MARC21("marc21", MarcXml.SCHEMA, MarcXml.NAMESPACE);

    final String prefix;
    final String schema;
    final String namespace;

    MetadataFormat(String prefix, String schema, String namespace) {
        this.prefix = prefix;
        this.schema = schema;
        this.namespace = namespace;
    }

    static MetadataFormat parse(String prefix) {
        for (var format : values()) {
            if (format.prefix.equals(prefix)) {
                return format;
            }
        }
        throw new OaiError(OaiError.CANNOT_DISSEMINATE_FORMAT,
                "The metadata format " + prefix + " is not offered; oai_dc and marc21 are.");
    }
}
