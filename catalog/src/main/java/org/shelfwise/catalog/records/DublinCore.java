package org.shelfwise.catalog.records;

import org.shelfwise.catalog.books.Book;
import org.shelfwise.catalog.books.BookDetails;
import org.shelfwise.catalog.books.Contributor;
import org.shelfwise.catalog.books.Link;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.util.Locale;

/**
 * A record as simple (unqualified) Dublin Core, the crosswalk the Library of Congress gives from MARC in outline:
 * title (245 with its remainder), creators (1XX; 7XX as contributors), subjects, description (520), publisher and
 * date (260/264), type (the format), physical description as {@code format}, identifiers (ISBNs as
 * {@code urn:isbn:}, links), language (ISO 639-2, as MARC gives it), and the series as {@code relation}.
 * Written inside the root element a protocol names: OAI-PMH's {@code oai_dc:dc}, SRU's {@code srw_dc:dc}.
 */
public final class DublinCore {

    public static final String ELEMENTS = "http://purl.org/dc/elements/1.1/";

    private DublinCore() {
    }

    /** The element that holds the record, in the protocol's namespace; {@code schemaLocation} may be null. */
    public record Root(String prefix, String name, String namespace, String schemaLocation) {
        public static final Root OAI = new Root("oai_dc", "dc", "http://www.openarchives.org/OAI/2.0/oai_dc/",
                "http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        public static final Root SRU = new Root("srw_dc", "dc", "info:srw/schema/1/dc-schema", null);
    }

    public static void write(XMLStreamWriter xml, Root root, Book book) throws XMLStreamException {
        var details = book.details();
        xml.writeStartElement(root.prefix(), root.name(), root.namespace());
        xml.writeNamespace(root.prefix(), root.namespace());
        xml.writeNamespace("dc", ELEMENTS);
        if (root.schemaLocation() != null) {
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("xsi", "http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    root.schemaLocation());
        }
        element(xml, "title", title(details));
        boolean main = true;
        for (Contributor contributor : details.contributors()) {
            // the first is the main entry as the mapping reads it (1XX first); the added entries contributed
            element(xml, main ? "creator" : "contributor", contributor.name());
            main = false;
        }
        for (String subject : details.subjectHeadings()) {
            element(xml, "subject", subject);
        }
        element(xml, "description", details.description());
        element(xml, "publisher", details.publisher());
        element(xml, "date", details.publication().date() != null ? details.publication().date()
                : details.publicationYear() == null ? null : details.publicationYear().toString());
        element(xml, "type", details.format().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        element(xml, "format", details.physicalDescription());
        identifiers(xml, details);
        for (var language : details.languages()) {
            element(xml, "language", language.marcCode());
        }
        for (String series : details.series()) {
            element(xml, "relation", series);
        }
        xml.writeEndElement();
    }

    private static void identifiers(XMLStreamWriter xml, BookDetails details) throws XMLStreamException {
        for (String isbn : details.identifiers().isbns()) {
            element(xml, "identifier", "urn:isbn:" + isbn);
        }
        for (String issn : details.identifiers().issns()) {
            element(xml, "identifier", "urn:issn:" + issn);
        }
        for (Link link : details.links()) {
            element(xml, "identifier", link.url());
        }
    }

    private static String title(BookDetails details) {
        var title = details.title();
        return title.remainder() == null ? title.main() : title.main() + " : " + title.remainder();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        if (text == null || text.isBlank()) {
            return;
        }
        xml.writeStartElement("dc", name, ELEMENTS);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }
}
