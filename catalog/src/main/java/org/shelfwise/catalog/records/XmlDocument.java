package org.shelfwise.catalog.records;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.io.IOException;

/**
 * A protocol answer written as one UTF-8 XML document in memory, then sent whole: an answer is a page (at most a
 * hundred or so records), and a failure half-way (the database gone) must become an error answer, not a cut
 * document that a client would read as a truncated result.
 */
public final class XmlDocument {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private XmlDocument() {
    }

    /** The body of a document: its root element and everything in it. */
    @FunctionalInterface
    public interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    public static byte[] write(Body body) {
        var out = new ByteArrayOutputStream(8192);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write an XML answer", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes an element holding text only; nothing for null. */
    public static void element(XMLStreamWriter xml, String prefix, String name, String namespace, String text)
            throws XMLStreamException {
        if (text == null) {
            return;
        }
        xml.writeStartElement(prefix, name, namespace);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }
}
