package org.shelfwise.catalog.oai;

import org.shelfwise.catalog.books.BookRecords;
import org.shelfwise.catalog.books.Format;
import org.shelfwise.catalog.records.XmlDocument;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;

/** Identify, ListMetadataFormats, ListSets and GetRecord: what the repository is, offers, and holds one by one. */
@Component
class OaiVerbs {

    private final Changes changes;
    private final BookRecords records;
    private final OaiSettings settings;
    private final OaiIdentifiers identifiers;
    private final TransactionTemplate snapshot;

    OaiVerbs(Changes changes, BookRecords records, OaiSettings settings, PlatformTransactionManager transactions) {
        this.changes = changes;
        this.records = records;
        this.settings = settings;
        this.identifiers = new OaiIdentifiers(settings.repositoryIdentifier());
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    XmlDocument.Body identify(String baseUrl, Instant bound) {
        Instant earliest = changes.earliest().orElse(bound);
        return xml -> {
            String ns = OaiResponses.NS;
            xml.writeStartElement("", "Identify", ns);
            XmlDocument.element(xml, "", "repositoryName", ns, settings.repositoryName());
            XmlDocument.element(xml, "", "baseURL", ns, baseUrl);
            XmlDocument.element(xml, "", "protocolVersion", ns, "2.0");
            XmlDocument.element(xml, "", "adminEmail", ns, settings.adminEmail());
            XmlDocument.element(xml, "", "earliestDatestamp", ns, OaiDates.format(earliest));
            XmlDocument.element(xml, "", "deletedRecord", ns, "persistent");
            XmlDocument.element(xml, "", "granularity", ns, "YYYY-MM-DDThh:mm:ssZ");
            xml.writeEndElement();
        };
    }

    /** Both formats, for the repository or for any record it holds or held (removed records have them too). */
    XmlDocument.Body listMetadataFormats(OaiRequest request) {
        if (request.get("identifier") != null) {
            var id = identifiers.parse(request.get("identifier"));
            changes.find(id).orElseThrow(() -> unknown(request.get("identifier")));
        }
        return xml -> {
            String ns = OaiResponses.NS;
            xml.writeStartElement("", "ListMetadataFormats", ns);
            for (var format : MetadataFormat.values()) {
                xml.writeStartElement("", "metadataFormat", ns);
                XmlDocument.element(xml, "", "metadataPrefix", ns, format.prefix);
                XmlDocument.element(xml, "", "schema", ns, format.schema);
                XmlDocument.element(xml, "", "metadataNamespace", ns, format.namespace);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        };
    }

    /** One set per format; they fit one answer, so no token of ListSets is ever valid. */
    XmlDocument.Body listSets(OaiRequest request) {
        if (request.get("resumptionToken") != null) {
            throw new OaiError(OaiError.BAD_RESUMPTION_TOKEN, "ListSets answers in one page; it issues no tokens.");
        }
        return xml -> {
            String ns = OaiResponses.NS;
            xml.writeStartElement("", "ListSets", ns);
            for (var format : List.of(Format.values())) {
                xml.writeStartElement("", "set", ns);
                XmlDocument.element(xml, "", "setSpec", ns, FormatSets.spec(format));
                XmlDocument.element(xml, "", "setName", ns, FormatSets.name(format));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        };
    }

    /** One record, or its header marked deleted once removed. */
    XmlDocument.Body getRecord(OaiRequest request) {
        String identifier = request.get("identifier");
        var id = identifiers.parse(identifier);
        var format = MetadataFormat.parse(request.get("metadataPrefix"));
        record Found(Change change, BookRecords.BookRecord record) {
        }
        var found = snapshot.execute(status -> {
            var change = changes.find(id).orElseThrow(() -> unknown(identifier));
            var record = change.deleted() ? null : records.find(List.of(id)).stream().findFirst().orElse(null);
            return new Found(change, record);
        });
        return xml -> {
            xml.writeStartElement("", "GetRecord", OaiResponses.NS);
            OaiResponses.record(xml, identifier, found.change(), found.record(), format);
            xml.writeEndElement();
        };
    }

    private static OaiError unknown(String identifier) {
        return new OaiError(OaiError.ID_DOES_NOT_EXIST, "This repository has no record " + identifier + ".");
    }
}
