package org.shelfwise.catalog.oai;

import org.junit.jupiter.api.Test;
import org.shelfwise.catalog.Isbns;
import org.shelfwise.catalog.XmlAnswers;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import javax.sql.DataSource;
import java.net.URLEncoder;
import java.sql.Connection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * OAI-PMH as a harvester drives it, with pages of two records so that lists page. Each test harvests from a moment
 * taken just before it catalogued its books, so the other tests' books stay out of its lists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"shelfwise.oai.page-size=2", "shelfwise.oai.repository-identifier=library.example.org"})
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class OaiIT {

    static final String ID = "oai:library.example.org:";

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    HttpJson librarian() {
        return new HttpJson(port, TestTokens.librarian());
    }

    String add(String title) {
        var book = librarian().post("/api/books", """
                {"title": "%s", "authors": ["Ann Author"], "isbn": "%s", "publicationYear": 2001}"""
                .formatted(title, Isbns.unique()));
        assertThat(book.status()).isEqualTo(201);
        return book.body().get("id").asString();
    }

    void retitle(String id, String title) {
        var current = librarian().get("/api/books/" + id);
        var edited = librarian().header("If-Match", current.etag()).patch("/api/books/" + id,
                "{\"title\": \"" + title + "\"}");
        assertThat(edited.status()).isEqualTo(200);
    }

    void remove(String id) {
        assertThat(librarian().delete("/api/books/" + id).status()).isEqualTo(204);
    }

    XmlAnswers oai(String query) {
        var response = new HttpJson(port).get("/oai?" + query);
        assertThat(response.status()).as(query).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/xml");
        return XmlAnswers.parse(response.text());
    }

    /** The repository's present second, as its answers date themselves: changes after it come later. */
    String now() {
        return oai("verb=Identify").text("/oai:OAI-PMH/oai:responseDate");
    }

    static String error(XmlAnswers answer) {
        return answer.text("/oai:OAI-PMH/oai:error/@code");
    }

    /** One whole harvest from {@code from}: every header of every page, in order; and the last responseDate. */
    record Harvested(List<Map.Entry<String, String>> headers, String lastResponseDate, int pages) {
        Map<String, String> last() {
            var state = new LinkedHashMap<String, String>();
            headers.forEach(header -> state.put(header.getKey(), header.getValue()));
            return state;
        }
    }

    Harvested harvest(String from, Runnable afterFirstPage) {
        var headers = new ArrayList<Map.Entry<String, String>>();
        var answer = oai("verb=ListRecords&metadataPrefix=oai_dc&from=" + from);
        int pages = 1;
        while (true) {
            if (!error(answer).isEmpty()) {
                assertThat(error(answer)).isEqualTo("noRecordsMatch");
                return new Harvested(headers, answer.text("//oai:responseDate"), pages);
            }
            var ids = answer.texts("//oai:record/oai:header/oai:identifier");
            var titles = new ArrayList<String>();
            for (int i = 1; i <= ids.size(); i++) {
                String status = answer.text("(//oai:record)[" + i + "]/oai:header/@status");
                titles.add(status.equals("deleted") ? "deleted" : answer.text("(//oai:record)[" + i + "]//dc:title"));
            }
            for (int i = 0; i < ids.size(); i++) {
                headers.add(Map.entry(ids.get(i), titles.get(i)));
            }
            String token = answer.text("//oai:resumptionToken");
            if (pages == 1 && afterFirstPage != null) {
                afterFirstPage.run();
            }
            if (token.isEmpty()) {
                return new Harvested(headers, answer.text("//oai:responseDate"), pages);
            }
            answer = oai("verb=ListRecords&resumptionToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
            pages++;
        }
    }

    @Test
    void aHarvesterStaysInStepAcrossChangesMadeDuringItsHarvest() {
        String from = now();
        var ids = new ArrayList<String>();
        for (int i = 1; i <= 5; i++) {
            ids.add(add("Harvest book " + i));
        }
        var mine = ids.stream().map(id -> ID + id).toList();
        // the five are listed once their second has passed (the stable bound)
        await().atMost(Duration.ofSeconds(10)).until(() -> listed(harvest(from, null), mine).size() == 5);
        assertThat(listed(harvest(from, null), mine)).containsExactlyElementsOf(mine);

        // during a harvest: the first record (already listed) and the fourth (not yet) change, the fifth goes
        var first = harvest(from, () -> {
            retitle(ids.get(0), "Harvest book 1, second edition");
            retitle(ids.get(3), "Harvest book 4, revised");
            remove(ids.get(4));
        });
        assertThat(first.pages()).isGreaterThan(1);
        // nothing unchanged is listed twice, nothing is lost: the second and third exactly once
        assertThat(listed(first, mine)).containsOnlyOnce(mine.get(1), mine.get(2));
        // the next harvest, from the last answer's date, brings what changed since, and only that
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var next = harvest(first.lastResponseDate(), null);
            var state = new HashMap<>(first.last());
            state.putAll(next.last());
            assertThat(state).containsEntry(mine.get(0), "Harvest book 1, second edition")
                    .containsEntry(mine.get(1), "Harvest book 2").containsEntry(mine.get(2), "Harvest book 3")
                    .containsEntry(mine.get(3), "Harvest book 4, revised").containsEntry(mine.get(4), "deleted");
            assertThat(next.last().keySet()).doesNotContain(mine.get(1), mine.get(2));
        });
    }

    static List<String> listed(Harvested harvested, List<String> mine) {
        return harvested.headers().stream().map(Map.Entry::getKey).filter(mine::contains).toList();
    }

    @Test
    void aChangeCommittedLateIsNotPassedOverByTheNextHarvest() throws Exception {
        String id = add("A book edited in a long transaction");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var update = connection.prepareStatement("update book set title = title || ' (late)', "
                    + "details = jsonb_set(details, '{title,main}', to_jsonb(title || ' (late)')) where id = ?")) {
                update.setObject(1, UUID.fromString(id));
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            String stamped;
            try (var read = connection.prepareStatement("select changed_at from book_change where book_id = ?")) {
                read.setObject(1, UUID.fromString(id));
                try (var row = read.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    stamped = OaiDates.format(row.getObject(1, java.time.OffsetDateTime.class).toInstant());
                }
            }
            // the change is stamped but not committed: answers date themselves no later than its transaction began,
            // however long it stays open, so a harvester's next "from" cannot pass it
            await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5))
                    .until(() -> now().compareTo(stamped) <= 0);
            String lastResponse = now();
            connection.commit();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(harvest(lastResponse, null).last()).containsEntry(ID + id,
                            "A book edited in a long transaction (late)"));
        }
    }

    @Test
    void reportsARemovedRecordAsDeletedForEver() {
        String from = now();
        String id = add("A book to withdraw");
        remove(id);
        var record = oai("verb=GetRecord&metadataPrefix=marc21&identifier=" + ID + id);
        assertThat(record.text("//oai:GetRecord/oai:record/oai:header/@status")).isEqualTo("deleted");
        assertThat(record.count("//oai:metadata")).isZero();
        assertThat(oai("verb=ListMetadataFormats&identifier=" + ID + id).texts("//oai:metadataPrefix"))
                .containsExactly("oai_dc", "marc21");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var headers = oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=book&from=" + from);
            assertThat(headers.texts("//oai:header[@status='deleted']/oai:identifier")).contains(ID + id);
        });
        assertThat(oai("verb=Identify").text("//oai:deletedRecord")).isEqualTo("persistent");
    }

    @Test
    void disseminatesMarc21AndDublinCore() {
        String id = add("Records in two formats");
        var marc = oai("verb=GetRecord&metadataPrefix=marc21&identifier=" + ID + id);
        assertThat(marc.text("//oai:metadata/marc:record/marc:datafield[@tag='245']/marc:subfield[@code='a']"))
                .isEqualTo("Records in two formats");
        var dc = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + ID + id);
        assertThat(dc.text("//oai:metadata/oai_dc:dc/dc:creator")).isEqualTo("Ann Author");
        assertThat(dc.text("//oai:header/oai:setSpec")).isEqualTo("book");
        assertThat(oai("verb=ListSets").texts("//oai:setSpec")).contains("book", "sound-recording");
    }

    @Test
    void answersEachProtocolErrorInTheProtocolsXml() {
        assertThat(error(oai(""))).isEqualTo("badVerb");
        assertThat(error(oai("verb=Harvest"))).isEqualTo("badVerb");
        assertThat(error(oai("verb=Identify&verb=Identify"))).isEqualTo("badVerb");
        assertThat(error(oai("verb=Identify&colour=red"))).isEqualTo("badArgument");
        assertThat(error(oai("verb=ListRecords"))).isEqualTo("badArgument");
        assertThat(error(oai("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=marc21"))).isEqualTo("badArgument");
        assertThat(error(oai("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday"))).isEqualTo("badArgument");
        assertThat(error(oai("verb=ListRecords&metadataPrefix=oai_dc&from=2025-02-30"))).isEqualTo("badArgument");
        assertThat(error(oai("verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01&until=2021-01-01T00:00:00Z")))
                .isEqualTo("badArgument");
        assertThat(error(oai("verb=ListRecords&metadataPrefix=oai_dc&from=2021-01-01&until=2020-01-01")))
                .isEqualTo("badArgument");
        assertThat(error(oai("verb=ListRecords&metadataPrefix=mods"))).isEqualTo("cannotDisseminateFormat");
        assertThat(error(oai("verb=ListRecords&metadataPrefix=oai_dc&until=1990-01-01"))).isEqualTo("noRecordsMatch");
        assertThat(error(oai("verb=ListRecords&metadataPrefix=oai_dc&set=pamphlets"))).isEqualTo("noRecordsMatch");
        assertThat(error(oai("verb=ListRecords&resumptionToken=bm90IGEgdG9rZW4"))).isEqualTo("badResumptionToken");
        assertThat(error(oai("verb=ListRecords&resumptionToken=x&metadataPrefix=oai_dc"))).isEqualTo("badArgument");
        assertThat(error(oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:elsewhere.org:1")))
                .isEqualTo("idDoesNotExist");
        assertThat(error(oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + ID
                + "00000000-0000-0000-0000-000000000000"))).isEqualTo("idDoesNotExist");
        // a badArgument's request element keeps none of the arguments that were wrong
        assertThat(oai("verb=Identify&colour=red").count("//oai:request/@verb")).isZero();
    }

    @Test
    void takesItsRequestsAsAFormPostToo() {
        var response = new HttpJson(port).send("POST", "/oai", "application/x-www-form-urlencoded", "verb=Identify");
        assertThat(response.status()).isEqualTo(200);
        assertThat(XmlAnswers.parse(response.text()).text("//oai:Identify/oai:protocolVersion")).isEqualTo("2.0");
    }
}
