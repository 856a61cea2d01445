package org.shelfwise.catalog.sru;

import org.shelfwise.catalog.books.BookRecords.BookRecord;
import org.shelfwise.catalog.records.DublinCore;
import org.shelfwise.catalog.records.MarcXml;
import org.shelfwise.catalog.records.XmlDocument;
import org.shelfwise.catalog.search.IndexSearch.IndexTerm;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.List;

/** SRU's answers as XML, in the elements and order each version's schema gives. */
final class SruResponses {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private SruResponses() {
    }

    /**
     * A page of a search: its records from {@code start} (1 is the first); a null record is one removed between the
     * search and its reading, answered by a surrogate diagnostic in its place.
     */
    record Page(long total, int start, List<BookRecord> records, RecordSchema schema, boolean asXml) {
    }

    static final int RECORD_DOES_NOT_EXIST = 65;

    static byte[] searchRetrieve(SruVersion version, Page page, List<Diagnostic> diagnostics) {
        return envelope(version, SruRequest.SEARCH, "searchRetrieveResponse", xml -> {
            String p = version.prefix(SruRequest.SEARCH);
            String ns = version.namespace(SruRequest.SEARCH);
            XmlDocument.element(xml, p, "numberOfRecords", ns, Long.toString(page == null ? 0 : page.total()));
            if (page != null && !page.records().isEmpty()) {
                xml.writeStartElement(p, "records", ns);
                int position = page.start();
                for (var record : page.records()) {
                    record(xml, version, page, record, position++);
                }
                xml.writeEndElement();
                long next = (long) page.start() + page.records().size();
                if (next <= page.total()) {
                    XmlDocument.element(xml, p, "nextRecordPosition", ns, Long.toString(next));
                }
            }
            diagnostics(xml, version, SruRequest.SEARCH, diagnostics);
        });
    }

    static byte[] scan(SruVersion version, List<IndexTerm> terms, List<Diagnostic> diagnostics) {
        return envelope(version, SruRequest.SCAN, "scanResponse", xml -> {
            String p = version.prefix(SruRequest.SCAN);
            String ns = version.namespace(SruRequest.SCAN);
            if (!terms.isEmpty()) {
                xml.writeStartElement(p, "terms", ns);
                for (var term : terms) {
                    xml.writeStartElement(p, "term", ns);
                    XmlDocument.element(xml, p, "value", ns, term.value());
                    XmlDocument.element(xml, p, "numberOfRecords", ns, Long.toString(term.records()));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            diagnostics(xml, version, SruRequest.SCAN, diagnostics);
        });
    }

    static byte[] explain(SruVersion version, Explain explain, boolean asXml, List<Diagnostic> diagnostics) {
        return envelope(version, SruRequest.EXPLAIN, "explainResponse", xml -> {
            String p = version.prefix(SruRequest.EXPLAIN);
            String ns = version.namespace(SruRequest.EXPLAIN);
            if (explain != null) {
                xml.writeStartElement(p, "record", ns);
                XmlDocument.element(xml, p, "recordSchema", ns, Explain.SCHEMA);
                XmlDocument.element(xml, p, version.isTwo() ? "recordXMLEscaping" : "recordPacking", ns,
                        asXml ? "xml" : "string");
                xml.writeStartElement(p, "recordData", ns);
                data(xml, asXml, explain::write);
                xml.writeEndElement();
                xml.writeEndElement();
            }
            diagnostics(xml, version, SruRequest.EXPLAIN, diagnostics);
        });
    }

    /** A refusal, in the answer of the operation asked for (explain's when the operation itself is unknown). */
    static byte[] failure(SruVersion version, String operation, Diagnostic diagnostic) {
        return switch (operation) {
            case SruRequest.SEARCH -> searchRetrieve(version, null, List.of(diagnostic));
            case SruRequest.SCAN -> scan(version, List.of(), List.of(diagnostic));
            default -> explain(version, null, true, List.of(diagnostic));
        };
    }

    private static byte[] envelope(SruVersion version, String operation, String root, XmlDocument.Body body) {
        return XmlDocument.write(xml -> {
            String p = version.prefix(operation);
            String ns = version.namespace(operation);
            xml.writeStartElement(p, root, ns);
            xml.writeNamespace(p, ns);
            XmlDocument.element(xml, p, "version", ns, version.number);
            body.write(xml);
            xml.writeEndElement();
        });
    }

    private static void record(XMLStreamWriter xml, SruVersion version, Page page, BookRecord record, int position)
            throws XMLStreamException {
        String p = version.prefix(SruRequest.SEARCH);
        String ns = version.namespace(SruRequest.SEARCH);
        xml.writeStartElement(p, "record", ns);
        if (record == null) {
            surrogate(xml, version, p, ns, position);
            return;
        }
        XmlDocument.element(xml, p, "recordSchema", ns, page.schema().identifier);
        XmlDocument.element(xml, p, version.isTwo() ? "recordXMLEscaping" : "recordPacking", ns,
                page.asXml() ? "xml" : "string");
        xml.writeStartElement(p, "recordData", ns);
        data(xml, page.asXml(), inner -> {
            if (page.schema() == RecordSchema.DC) {
                DublinCore.write(inner, DublinCore.Root.SRU, record.book());
            } else {
                MarcXml.write(inner, record.marc());
            }
        });
        xml.writeEndElement();
        XmlDocument.element(xml, p, "recordPosition", ns, Integer.toString(position));
        xml.writeEndElement();
    }

    private static void surrogate(XMLStreamWriter xml, SruVersion version, String p, String ns, int position)
            throws XMLStreamException {
        XmlDocument.element(xml, p, "recordSchema", ns, "info:srw/schema/1/diagnostics-v1.1");
        XmlDocument.element(xml, p, version.isTwo() ? "recordXMLEscaping" : "recordPacking", ns, "xml");
        xml.writeStartElement(p, "recordData", ns);
        diagnostic(xml, version.diagnosticNamespace(), new Diagnostic(RECORD_DOES_NOT_EXIST, "",
                "The record was removed from the catalogue after the search."));
        xml.writeEndElement();
        XmlDocument.element(xml, p, "recordPosition", ns, Integer.toString(position));
        xml.writeEndElement();
    }

    /** Record data as XML within the answer, or (packing {@code string}) as the XML's text, escaped. */
    private static void data(XMLStreamWriter xml, boolean asXml, XmlDocument.Body body) throws XMLStreamException {
        if (asXml) {
            body.write(xml);
            return;
        }
        var text = new StringWriter();
        var inner = FACTORY.createXMLStreamWriter(text);
        body.write(inner);
        inner.close();
        xml.writeCharacters(text.toString());
    }

    private static void diagnostics(XMLStreamWriter xml, SruVersion version, String operation,
                                    List<Diagnostic> diagnostics) throws XMLStreamException {
        if (diagnostics.isEmpty()) {
            return;
        }
        String dns = version.diagnosticNamespace();
        xml.writeStartElement(version.prefix(operation), "diagnostics", version.namespace(operation));
        for (var diagnostic : diagnostics) {
            diagnostic(xml, dns, diagnostic);
        }
        xml.writeEndElement();
    }

    private static void diagnostic(XMLStreamWriter xml, String dns, Diagnostic diagnostic) throws XMLStreamException {
        xml.writeStartElement("diag", "diagnostic", dns);
        xml.writeNamespace("diag", dns);
        XmlDocument.element(xml, "diag", "uri", dns, diagnostic.uri());
        if (diagnostic.details() != null && !diagnostic.details().isEmpty()) {
            XmlDocument.element(xml, "diag", "details", dns, diagnostic.details());
        }
        XmlDocument.element(xml, "diag", "message", dns, diagnostic.message());
        xml.writeEndElement();
    }
}
