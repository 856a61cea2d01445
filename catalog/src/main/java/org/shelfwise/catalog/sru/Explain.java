package org.shelfwise.catalog.sru;

import org.shelfwise.catalog.records.XmlDocument;
import org.shelfwise.catalog.search.CatalogueQuery.Field;
import org.shelfwise.catalog.search.IndexSearch;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.util.TreeSet;

/**
 * The server's description of itself as a ZeeRex record (what SRU's explain returns): where it is, its context
 * sets and indexes (which can be searched, scanned, sorted by), its record schemas and its limits. Clients such as
 * YAZ's read it to offer the indexes by name.
 */
record Explain(String host, int port, String database, int defaultRecords, int maximumRecords) {

    static final String SCHEMA = "http://explain.z3950.org/dtd/2.0/";
    private static final String NS = SCHEMA;

    void write(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("", "explain", NS);
        xml.writeDefaultNamespace(NS);
        xml.writeStartElement("", "serverInfo", NS);
        xml.writeAttribute("protocol", "SRU");
        xml.writeAttribute("version", "1.2");
        XmlDocument.element(xml, "", "host", NS, host);
        XmlDocument.element(xml, "", "port", NS, Integer.toString(port));
        XmlDocument.element(xml, "", "database", NS, database);
        xml.writeEndElement();
        xml.writeStartElement("", "databaseInfo", NS);
        xml.writeStartElement("", "title", NS);
        xml.writeAttribute("lang", "en");
        xml.writeAttribute("primary", "true");
        xml.writeCharacters("The library's catalogue");
        xml.writeEndElement();
        XmlDocument.element(xml, "", "description", NS, "Bibliographic records of the library's holdings, as MARC 21 "
                + "(MARCXML) or Dublin Core.");
        xml.writeEndElement();
        indexes(xml);
        schemas(xml);
        xml.writeStartElement("", "configInfo", NS);
        setting(xml, "default", "numberOfRecords", Integer.toString(defaultRecords));
        setting(xml, "setting", "maximumRecords", Integer.toString(maximumRecords));
        setting(xml, "default", "contextSet", "dc");
        setting(xml, "default", "index", "cql.serverChoice");
        setting(xml, "default", "relation", "all");
        setting(xml, "supports", "sort", "dc.title dc.date");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void indexes(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("", "indexInfo", NS);
        for (var set : new TreeSet<>(SruIndexes.CONTEXT_SETS.keySet())) {
            xml.writeStartElement("", "set", NS);
            xml.writeAttribute("name", set);
            xml.writeAttribute("identifier", SruIndexes.CONTEXT_SETS.get(set));
            xml.writeEndElement();
        }
        var names = new TreeSet<>(SruIndexes.INDEXES.keySet());
        names.add(SruIndexes.ALL_RECORDS);
        for (String name : names) {
            Field field = SruIndexes.INDEXES.get(name);
            xml.writeStartElement("", "index", NS);
            xml.writeAttribute("search", "true");
            xml.writeAttribute("scan", Boolean.toString(field != null && IndexSearch.scannable(field)));
            xml.writeAttribute("sort", Boolean.toString(SruIndexes.SORTABLE.contains(name)));
            XmlDocument.element(xml, "", "title", NS, name);
            xml.writeStartElement("", "map", NS);
            xml.writeStartElement("", "name", NS);
            xml.writeAttribute("set", name.substring(0, name.indexOf('.')));
            xml.writeCharacters(name.substring(name.indexOf('.') + 1));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void schemas(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("", "schemaInfo", NS);
        for (var schema : RecordSchema.values()) {
            xml.writeStartElement("", "schema", NS);
            xml.writeAttribute("identifier", schema.identifier);
            xml.writeAttribute("name", schema.name);
            xml.writeAttribute("retrieve", "true");
            xml.writeAttribute("sort", "false");
            XmlDocument.element(xml, "", "title", NS, schema.title);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void setting(XMLStreamWriter xml, String element, String type, String value)
            throws XMLStreamException {
        xml.writeStartElement("", element, NS);
        xml.writeAttribute("type", type);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
