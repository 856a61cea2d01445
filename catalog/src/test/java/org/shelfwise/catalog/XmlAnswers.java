package org.shelfwise.catalog;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** An XML answer (SRU, OAI-PMH) parsed as namespaces say, read by XPath with the protocols' usual prefixes. */
public final class XmlAnswers {

    private static final Map<String, String> PREFIXES = Map.of(
            "zs", "http://www.loc.gov/zing/srw/",
            "sru", "http://docs.oasis-open.org/ns/search-ws/sruResponse",
            "scan", "http://docs.oasis-open.org/ns/search-ws/scan",
            "diag", "http://www.loc.gov/zing/srw/diagnostic/",
            "diag2", "http://docs.oasis-open.org/ns/search-ws/diagnostic",
            "marc", "http://www.loc.gov/MARC21/slim",
            "dc", "http://purl.org/dc/elements/1.1/",
            "oai", "http://www.openarchives.org/OAI/2.0/",
            "oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc/",
            "zr", "http://explain.z3950.org/dtd/2.0/");

    private final Document document;

    private XmlAnswers(Document document) {
        this.document = document;
    }

    /** Parses the text; fails the test if it is not well-formed XML. */
    public static XmlAnswers parse(String xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new XmlAnswers(factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** The text of the first node the expression selects; empty when none. */
    public String text(String xpath) {
        return evaluate(xpath, XPathConstants.STRING).toString();
    }

    /** The texts of every node the expression selects, in document order. */
    public List<String> texts(String xpath) {
        var nodes = (NodeList) evaluate(xpath, XPathConstants.NODESET);
        var texts = new ArrayList<String>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    public int count(String xpath) {
        return ((NodeList) evaluate(xpath, XPathConstants.NODESET)).getLength();
    }

    private Object evaluate(String expression, javax.xml.namespace.QName type) {
        try {
            var xpath = XPathFactory.newInstance().newXPath();
            xpath.setNamespaceContext(new NamespaceContext() {
                @Override
                public String getNamespaceURI(String prefix) {
                    return PREFIXES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
                }

                @Override
                public String getPrefix(String namespaceURI) {
                    return null;
                }

                @Override
                public Iterator<String> getPrefixes(String namespaceURI) {
                    return List.<String>of().iterator();
                }
            });
            return xpath.evaluate(expression, document, type);
        } catch (Exception e) {
            throw new IllegalArgumentException(expression, e);
        }
    }
}
