package org.shelfwise.catalog.oai;

import io.swagger.v3.oas.annotations.Hidden;
import org.shelfwise.catalog.records.XmlDocument;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * OAI-PMH 2.0 at {@code /oai}, by GET or by a form POST, as the protocol requires both. Every error is the protocol's
 * own, in its XML with HTTP 200; only the database being away is an HTTP error (503, tried again by the gateway).
 */
@RestController
// described by its standard, not by OpenAPI: it answers in its own XML, errors included, as the standard says
@Hidden
@EnableConfigurationProperties(OaiSettings.class)
class OaiController {

    static final MediaType XML = new MediaType("text", "xml", StandardCharsets.UTF_8);

    private final Changes changes;
    private final OaiVerbs verbs;
    private final Harvest harvest;

    OaiController(Changes changes, OaiVerbs verbs, Harvest harvest) {
        this.changes = changes;
        this.verbs = verbs;
        this.harvest = harvest;
    }

    @RequestMapping(value = "/oai", method = {RequestMethod.GET, RequestMethod.POST},
            produces = {"text/xml", "application/xml"})
    ResponseEntity<byte[]> oai(@RequestParam MultiValueMap<String, String> parameters) {
        String baseUrl = ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).toUriString();
        // the responseDate is the stable bound, to the second: a harvest's next "from" then misses nothing
        Instant bound = changes.stableBound().truncatedTo(ChronoUnit.SECONDS);
        OaiRequest request = null;
        try {
            request = OaiRequest.of(parameters);
            return answer(OaiResponses.answer(baseUrl, bound, request, body(request, baseUrl, bound)));
        } catch (OaiError error) {
            return answer(OaiResponses.error(baseUrl, bound, request, error));
        }
    }

    private XmlDocument.Body body(OaiRequest request, String baseUrl, Instant bound) {
        return switch (request.verb()) {
            case OaiRequest.IDENTIFY -> verbs.identify(baseUrl, bound);
            case OaiRequest.LIST_METADATA_FORMATS -> verbs.listMetadataFormats(request);
            case OaiRequest.LIST_SETS -> verbs.listSets(request);
            case OaiRequest.GET_RECORD -> verbs.getRecord(request);
            default -> harvest.list(request, bound);
        };
    }

    private static ResponseEntity<byte[]> answer(byte[] xml) {
        return ResponseEntity.ok().contentType(XML).body(xml);
    }
}
