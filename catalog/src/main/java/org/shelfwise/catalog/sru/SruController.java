package org.shelfwise.catalog.sru;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.shelfwise.catalog.books.BookRecords;
import org.shelfwise.catalog.books.BookRecords.BookRecord;
import org.shelfwise.catalog.search.CatalogueQuery.Order;
import org.shelfwise.catalog.search.IndexSearch;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

/**
 * SRU at {@code /sru}: explain, searchRetrieve and scan, in versions 1.1, 1.2 and 2.0. Every refusal is one of SRU's
 * diagnostics in SRU's own XML with HTTP 200, as the standard asks; only the database being away is an HTTP error
 * (503, which the gateway tries on another instance).
 */
@RestController
// described by its standard, not by OpenAPI: it answers in its own XML, errors included, as the standard says
@Hidden
class SruController {

    static final MediaType XML = new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8);

    private final IndexSearch search;
    private final BookRecords records;
    private final SruScan scan;
    private final int defaultRecords;
    private final int maximumRecords;

    SruController(IndexSearch search, BookRecords records,
                  @Value("${shelfwise.sru.default-records:10}") int defaultRecords,
                  @Value("${shelfwise.sru.maximum-records:100}") int maximumRecords) {
        this.search = search;
        this.records = records;
        this.scan = new SruScan(search);
        this.defaultRecords = defaultRecords;
        this.maximumRecords = maximumRecords;
    }

    @GetMapping(value = "/sru", produces = {"application/xml", "text/xml", "application/sru+xml"})
    ResponseEntity<byte[]> sru(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest http) {
        SruRequest request;
        try {
            request = SruRequest.of(parameters);
        } catch (Diagnostic.SruFailure failure) {
            return answer(SruResponses.failure(SruVersion.V1_2, SruRequest.EXPLAIN, failure.diagnostic()));
        }
        try {
            request.check();
            return answer(switch (request.operation) {
                case SruRequest.SEARCH -> searchRetrieve(request);
                case SruRequest.SCAN -> scan.answer(request, maximumRecords);
                default -> SruResponses.explain(request.version, explain(http), request.recordsAsXml(), List.of());
            });
        } catch (Diagnostic.SruFailure failure) {
            return answer(SruResponses.failure(request.version, request.operation, failure.diagnostic()));
        }
    }

    private byte[] searchRetrieve(SruRequest request) {
        var translated = CqlTranslation.translate(request.required("query"));
        int start = request.number("startRecord", 1, 1);
        // a client may ask for more than this; the standard lets the server send fewer
        int wanted = Math.min(request.number("maximumRecords", defaultRecords, 0), maximumRecords);
        var schema = RecordSchema.parse(request.get("recordSchema"));
        boolean asXml = request.recordsAsXml();
        Order order = request.get("sortKeys") != null && !request.version.isTwo()
                ? SruSorting.sortKeys(request.get("sortKeys"))
                : translated.order() != null ? translated.order() : Order.RELEVANCE;
        if (start > IndexSearch.MAX_DEPTH) {
            throw Diagnostic.fatal(Diagnostic.FIRST_RECORD_POSITION_OUT_OF_RANGE, Integer.toString(start),
                    "A page may start at record " + IndexSearch.MAX_DEPTH + " at the latest; narrow the query.");
        }
        int limit = Math.min(wanted, IndexSearch.MAX_DEPTH - start + 1);
        var found = search.find(translated.query(), order, start - 1, limit);
        if (start > found.total() && start > 1) {
            var diagnostic = new Diagnostic(Diagnostic.FIRST_RECORD_POSITION_OUT_OF_RANGE, Integer.toString(start),
                    "The result has " + found.total() + " records; there is none at " + start + ".");
            return SruResponses.searchRetrieve(request.version,
                    new SruResponses.Page(found.total(), start, List.of(), schema, asXml), List.of(diagnostic));
        }
        var page = new SruResponses.Page(found.total(), start, read(found.ids()), schema, asXml);
        return SruResponses.searchRetrieve(request.version, page, List.of());
    }

    /** The page's records in the page's order; null for one removed since the search. */
    private List<BookRecord> read(List<UUID> ids) {
        var byId = new HashMap<UUID, BookRecord>();
        for (var record : records.find(ids)) {
            byId.put(record.book().id(), record);
        }
        var page = new ArrayList<BookRecord>(ids.size());
        for (var id : ids) {
            page.add(byId.get(id));
        }
        return page;
    }

    private Explain explain(HttpServletRequest http) {
        return new Explain(http.getServerName(), http.getServerPort(), "sru", defaultRecords, maximumRecords);
    }

    private static ResponseEntity<byte[]> answer(byte[] xml) {
        return ResponseEntity.ok().contentType(XML).body(xml);
    }
}
