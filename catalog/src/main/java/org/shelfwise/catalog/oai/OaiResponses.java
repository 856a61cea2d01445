package org.shelfwise.catalog.oai;

import org.shelfwise.catalog.books.BookRecords.BookRecord;
import org.shelfwise.catalog.records.DublinCore;
import org.shelfwise.catalog.records.MarcXml;
import org.shelfwise.catalog.records.XmlDocument;
import org.shelfwise.catalog.records.XmlText;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.time.Instant;
import java.util.Map;

/** OAI-PMH's XML: the envelope every answer shares, errors, and the headers and records the verbs list. */
final class OaiResponses {

    static final String NS = "http://www.openarchives.org/OAI/2.0/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private OaiResponses() {
    }

    /** An answer: the envelope with the request's arguments, then the verb's element as {@code body} writes it. */
    static byte[] answer(String baseUrl, Instant responseDate, OaiRequest request, XmlDocument.Body body) {
        return envelope(baseUrl, responseDate, request.verb(), request.arguments(), body);
    }

    /** An error; the request's arguments are left out when they are what was wrong (badVerb, badArgument). */
    static byte[] error(String baseUrl, Instant responseDate, OaiRequest request, OaiError error) {
        boolean arguments = request != null && !error.hidesArguments();
        return envelope(baseUrl, responseDate, arguments ? request.verb() : null,
                arguments ? request.arguments() : Map.of(), xml -> {
                    xml.writeStartElement("", "error", NS);
                    xml.writeAttribute("code", error.code());
                    xml.writeCharacters(error.getMessage());
                    xml.writeEndElement();
                });
    }

    private static byte[] envelope(String baseUrl, Instant responseDate, String verb, Map<String, String> arguments,
                                   XmlDocument.Body body) {
        return XmlDocument.write(xml -> {
            xml.writeStartElement("", "OAI-PMH", NS);
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute("xsi", XSI, "schemaLocation", NS + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
            XmlDocument.element(xml, "", "responseDate", NS, OaiDates.format(responseDate));
            xml.writeStartElement("", "request", NS);
            if (verb != null) {
                xml.writeAttribute("verb", verb);
                for (var argument : arguments.entrySet()) {
                    xml.writeAttribute(argument.getKey(), XmlText.clean(argument.getValue()));
                }
            }
            xml.writeCharacters(baseUrl);
            xml.writeEndElement();
            body.write(xml);
            xml.writeEndElement();
        });
    }

    static void header(XMLStreamWriter xml, String identifier, Change change) throws XMLStreamException {
        xml.writeStartElement("", "header", NS);
        if (change.deleted()) {
            xml.writeAttribute("status", "deleted");
        }
        XmlDocument.element(xml, "", "identifier", NS, identifier);
        XmlDocument.element(xml, "", "datestamp", NS, OaiDates.format(change.changedAt()));
        XmlDocument.element(xml, "", "setSpec", NS, FormatSets.spec(change.format()));
        xml.writeEndElement();
    }

    /** A record: its header, and its metadata unless it was removed (or is gone since: then as removed). */
    static void record(XMLStreamWriter xml, String identifier, Change change, BookRecord record, MetadataFormat format)
            throws XMLStreamException {
        xml.writeStartElement("", "record", NS);
        var shown = record == null && !change.deleted()
                ? new Change(change.bookId(), change.changedAt(), true, change.format()) : change;
        header(xml, identifier, shown);
        if (!shown.deleted()) {
            xml.writeStartElement("", "metadata", NS);
            if (format == MetadataFormat.MARC21) {
                MarcXml.write(xml, record.marc());
            } else {
                DublinCore.write(xml, DublinCore.Root.OAI, record.book());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
