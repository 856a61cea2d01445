package org.shelfwise.catalog.records;

import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A MARC 21 record as a MARCXML {@code record} element (MARC21slim), written into a response under way. marc4j's
 * {@code MarcXmlWriter} writes whole documents ({@code collection} and all); a protocol's answer carries each record
 * inside its own envelope, so the element is written here from marc4j's record, field by field, in order.
 */
public final class MarcXml {

    public static final String NAMESPACE = "http://www.loc.gov/MARC21/slim";
    public static final String SCHEMA = "http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd";

    private MarcXml() {
    }

    /** Writes the record as a {@code record} element in the MARCXML namespace (its default namespace). */
    public static void write(XMLStreamWriter xml, Record record) throws XMLStreamException {
        xml.writeStartElement("", "record", NAMESPACE);
        xml.writeDefaultNamespace(NAMESPACE);
        element(xml, "leader", record.getLeader().marshal());
        for (ControlField field : record.getControlFields()) {
            xml.writeStartElement("", "controlfield", NAMESPACE);
            xml.writeAttribute("tag", XmlText.clean(field.getTag()));
            xml.writeCharacters(XmlText.clean(field.getData()));
            xml.writeEndElement();
        }
        for (DataField field : record.getDataFields()) {
            xml.writeStartElement("", "datafield", NAMESPACE);
            xml.writeAttribute("tag", XmlText.clean(field.getTag()));
            xml.writeAttribute("ind1", indicator(field.getIndicator1()));
            xml.writeAttribute("ind2", indicator(field.getIndicator2()));
            for (Subfield subfield : field.getSubfields()) {
                xml.writeStartElement("", "subfield", NAMESPACE);
                xml.writeAttribute("code", XmlText.clean(String.valueOf(subfield.getCode())));
                xml.writeCharacters(XmlText.clean(subfield.getData()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static String indicator(char indicator) {
        return XmlText.clean(String.valueOf(indicator == 0 ? ' ' : indicator));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement("", name, NAMESPACE);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }
}
