package org.shelfwise.catalog.oai;

import org.shelfwise.catalog.books.BookRecords;
import org.shelfwise.catalog.books.BookRecords.BookRecord;
import org.shelfwise.catalog.books.Format;
import org.shelfwise.catalog.records.XmlDocument;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * ListIdentifiers and ListRecords: the changes from {@code from} to {@code until} (of one set, or all) in order of
 * change time and id, a page at a time. Each page reaches only as far as every change has committed (the stable
 * bound, {@link Changes#stableBound()}), which is also the answer's {@code responseDate}: a harvester that next asks
 * {@code from} that date misses nothing and gets nothing twice. A page and its records are read in one snapshot.
 */
@Component
class Harvest {

    private final Changes changes;
    private final BookRecords records;
    private final TransactionTemplate snapshot;
    private final OaiIdentifiers identifiers;
    private final int pageSize;

    Harvest(Changes changes, BookRecords records, PlatformTransactionManager transactions, OaiSettings settings) {
        this.changes = changes;
        this.records = records;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        this.identifiers = new OaiIdentifiers(settings.repositoryIdentifier());
        this.pageSize = settings.pageSize();
    }

    /** What a list asks for, from its arguments or its resumption token. */
    private record Listing(String verb, MetadataFormat format, String set, String from, String until,
                           Instant after, UUID afterId, long cursor, boolean resumed) {
    }

    private record Page(List<Change> changes, Map<UUID, BookRecord> records) {
    }

    XmlDocument.Body list(OaiRequest request, Instant bound) {
        var listing = request.get("resumptionToken") != null ? resumed(request) : listing(request);
        Instant from = listing.from() == null ? Instant.EPOCH : OaiDates.parse("from", listing.from()).instant();
        Instant before = listing.until() == null ? bound
                : min(OaiDates.after(OaiDates.parse("until", listing.until())), bound);
        Format set = listing.set() == null ? null : FormatSets.parse(listing.set());
        boolean withRecords = listing.verb().equals(OaiRequest.LIST_RECORDS);
        var page = snapshot.execute(status -> {
            var found = changes.page(from, before, set, listing.after(), listing.afterId(), pageSize + 1);
            var shown = found.subList(0, Math.min(pageSize, found.size()));
            var ids = shown.stream().filter(change -> !change.deleted()).map(Change::bookId).toList();
            var byId = new HashMap<UUID, BookRecord>();
            if (withRecords) {
                records.find(ids).forEach(record -> byId.put(record.book().id(), record));
            }
            return new Page(found, byId);
        });
        if (page.changes().isEmpty()) {
            throw new OaiError(OaiError.NO_RECORDS_MATCH, "No record changed in the range and set asked for.");
        }
        return xml -> write(xml, listing, page, withRecords);
    }

    private void write(XMLStreamWriter xml, Listing listing, Page page, boolean withRecords)
            throws XMLStreamException {
        xml.writeStartElement("", listing.verb(), OaiResponses.NS);
        var shown = page.changes().subList(0, Math.min(pageSize, page.changes().size()));
        for (var change : shown) {
            String identifier = identifiers.of(change.bookId());
            if (withRecords) {
                OaiResponses.record(xml, identifier, change, page.records().get(change.bookId()), listing.format());
            } else {
                OaiResponses.header(xml, identifier, change);
            }
        }
        if (page.changes().size() > pageSize) {
            var last = shown.getLast();
            var token = new ResumptionToken(listing.verb(), listing.format().prefix, listing.set(), listing.from(),
                    listing.until(), last.changedAt(), last.bookId(), listing.cursor() + shown.size());
            resumption(xml, token.encode(), listing.cursor());
        } else if (listing.resumed()) {
            // the last page of a list that was resumed says so with an empty token
            resumption(xml, "", listing.cursor());
        }
        xml.writeEndElement();
    }

    private static void resumption(XMLStreamWriter xml, String token, long cursor)
            throws XMLStreamException {
        xml.writeStartElement("", "resumptionToken", OaiResponses.NS);
        xml.writeAttribute("cursor", Long.toString(cursor));
        xml.writeCharacters(token);
        xml.writeEndElement();
    }

    private static Listing listing(OaiRequest request) {
        var format = MetadataFormat.parse(request.get("metadataPrefix"));
        String from = request.get("from");
        String until = request.get("until");
        if (from != null && until != null) {
            var start = OaiDates.parse("from", from);
            var end = OaiDates.parse("until", until);
            if (start.day() != end.day()) {
                throw new OaiError(OaiError.BAD_ARGUMENT, "from and until must have the same granularity.");
            }
            if (start.instant().isAfter(end.instant())) {
                throw new OaiError(OaiError.BAD_ARGUMENT, "from (" + from + ") is after until (" + until + ").");
            }
        } else if (from != null || until != null) {
            OaiDates.parse(from != null ? "from" : "until", from != null ? from : until);
        }
        if (request.get("set") != null) {
            FormatSets.parse(request.get("set"));
        }
        return new Listing(request.verb(), format, request.get("set"), from, until, null, null, 0, false);
    }

    /** A token's list, its arguments checked again: a token naming what no list would is no token of ours. */
    private static Listing resumed(OaiRequest request) {
        var token = ResumptionToken.decode(request.get("resumptionToken"), request.verb());
        try {
            var listing = listing(new OaiRequest(request.verb(), arguments(token)));
            return new Listing(listing.verb(), listing.format(), listing.set(), listing.from(), listing.until(),
                    token.afterTime(), token.afterId(), token.cursor(), true);
        } catch (OaiError invalid) {
            throw new OaiError(OaiError.BAD_RESUMPTION_TOKEN, "The resumption token is not one this repository "
                    + "issued for this verb: start the list again without it.");
        }
    }

    private static Map<String, String> arguments(ResumptionToken token) {
        var arguments = new HashMap<String, String>();
        arguments.put("metadataPrefix", token.metadataPrefix());
        if (token.set() != null) {
            arguments.put("set", token.set());
        }
        if (token.from() != null) {
            arguments.put("from", token.from());
        }
        if (token.until() != null) {
            arguments.put("until", token.until());
        }
        return arguments;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
