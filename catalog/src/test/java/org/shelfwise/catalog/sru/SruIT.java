package org.shelfwise.catalog.sru;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shelfwise.catalog.Isbns;
import org.shelfwise.catalog.XmlAnswers;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** SRU through HTTP as clients send it; every book's title starts with a word made up for this run. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SruIT {

    @LocalServerPort
    int port;

    final String marker = "zs" + new Random().ints(6, 'a', 'z' + 1).collect(StringBuilder::new,
            StringBuilder::appendCodePoint, StringBuilder::append);
    String whaleIsbn;

    @BeforeAll
    void catalogue() {
        whaleIsbn = add("Moby Dick, or, The whale", "Herman Melville", 1851, "Whaling -- Fiction");
        add("The Old Man and the Sea", "Ernest Hemingway", 1952, "Fishing -- Fiction");
        add("Twenty Thousand Leagues under the Sea", "Jules Verne", 1870, "Submarines -- Fiction");
        add("The Sea, the Sea", "Iris Murdoch", 1978, "Theatre -- Fiction");
    }

    String add(String title, String author, int year, String subject) {
        String isbn = Isbns.unique();
        var book = new HttpJson(port, TestTokens.librarian()).post("/api/books", """
                {"title": "%s %s", "authors": ["%s"], "isbn": "%s", "publicationYear": %d, "language": "en",
                 "subjects": ["%s"]}""".formatted(marker, title, author, isbn, year, subject));
        assertThat(book.status()).isEqualTo(201);
        return isbn;
    }

    XmlAnswers sru(String query) {
        var response = new HttpJson(port).get("/sru?" + query);
        assertThat(response.status()).as(query).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/xml");
        return XmlAnswers.parse(response.text());
    }

    XmlAnswers search(String cql, String more) {
        return sru("version=1.2&operation=searchRetrieve&query=" + URLEncoder.encode(cql, StandardCharsets.UTF_8) + more);
    }

    static String diagnostic(XmlAnswers answer) {
        return answer.text("//diag:diagnostic/diag:uri").replace("info:srw/diagnostic/1/", "");
    }

    @Test
    void findsATitleWordAndAnswersTheRecordAsMarcxml() {
        var answer = search("dc.title = \"" + marker + " whale\"", "&recordSchema=marcxml");
        assertThat(answer.text("/zs:searchRetrieveResponse/zs:numberOfRecords")).isEqualTo("1");
        assertThat(answer.text("//zs:record/zs:recordSchema")).isEqualTo("info:srw/schema/1/marcxml-v1.1");
        assertThat(answer.text("//zs:recordData/marc:record/marc:datafield[@tag='245']/marc:subfield[@code='a']"))
                .contains("Moby Dick");
        assertThat(answer.text("//zs:recordData/marc:record/marc:datafield[@tag='020']/marc:subfield[@code='a']"))
                .isEqualTo(whaleIsbn);
        assertThat(answer.text("//zs:record/zs:recordPosition")).isEqualTo("1");
    }

    @Test
    void answersDublinCoreWhenAsked() {
        var answer = search("bath.isbn = " + whaleIsbn, "&recordSchema=dc");
        assertThat(answer.text("//zs:recordData/*/dc:title")).contains("Moby Dick");
        assertThat(answer.text("//zs:recordData/*/dc:creator")).isEqualTo("Herman Melville");
        assertThat(answer.text("//zs:recordData/*/dc:identifier")).isEqualTo("urn:isbn:" + whaleIsbn);
    }

    @Test
    void mapsDublinCoreAndBathIndexesOntoTheSearchIndex() {
        assertThat(search(marker + " and dc.creator = verne", "").text("//zs:numberOfRecords")).isEqualTo("1");
        assertThat(search(marker + " and dc.subject = fishing", "").text("//zs:numberOfRecords")).isEqualTo("1");
        assertThat(search(marker + " and bath.personalName = murdoch", "").text("//zs:numberOfRecords")).isEqualTo("1");
        assertThat(search(marker + " and dc.date < 1900", "").text("//zs:numberOfRecords")).isEqualTo("2");
        assertThat(search(marker + " and dc.date within \"1860 1960\"", "").text("//zs:numberOfRecords")).isEqualTo("2");
        assertThat(search(marker + " and (dc.title any \"whale old\") not dc.creator = hemingway", "")
                .text("//zs:numberOfRecords")).isEqualTo("1");
        assertThat(search("dc.title adj \"" + marker + " the sea\"", "").text("//zs:numberOfRecords")).isEqualTo("1");
        assertThat(search(marker + " and dc.title = subm*", "").text("//zs:numberOfRecords")).isEqualTo("0");
        assertThat(search(marker + " and dc.subject = subm*", "").text("//zs:numberOfRecords")).isEqualTo("1");
    }

    @Test
    void sortsAndPagesWithStartRecordAndMaximumRecords() {
        String query = marker + " sortby dc.date/sort.descending";
        var first = search(query, "&maximumRecords=2");
        assertThat(first.text("//zs:numberOfRecords")).isEqualTo("4");
        assertThat(first.texts("//marc:datafield[@tag='245']/marc:subfield[@code='a']"))
                .satisfiesExactly(t -> assertThat(t).contains("Sea, the Sea"), t -> assertThat(t).contains("Old Man"));
        assertThat(first.text("//zs:nextRecordPosition")).isEqualTo("3");
        var second = search(query, "&maximumRecords=2&startRecord=3");
        assertThat(second.texts("//zs:recordPosition")).containsExactly("3", "4");
        assertThat(second.texts("//marc:datafield[@tag='245']/marc:subfield[@code='a']"))
                .satisfiesExactly(t -> assertThat(t).contains("Leagues"), t -> assertThat(t).contains("Moby"));
        assertThat(second.count("//zs:nextRecordPosition")).isZero();
        // SRU 1.2's own sort parameter: by title, ascending
        var byTitle = search(marker, "&sortKeys=dc.title,,1&recordSchema=dc");
        assertThat(byTitle.texts("//dc:title")).satisfiesExactly(t -> assertThat(t).contains("Moby"),
                t -> assertThat(t).contains("Old Man"), t -> assertThat(t).contains("Sea, the Sea"),
                t -> assertThat(t).contains("Leagues"));
    }

    @Test
    void sendsAtMostTheServersMaximumHoweverManyAreAsked() {
        var answer = search(marker, "&maximumRecords=999999999999");
        assertThat(answer.count("//zs:record")).isEqualTo(4);
        assertThat(diagnostic(search(marker, "&maximumRecords=-1"))).isEqualTo("6");
        assertThat(diagnostic(search(marker, "&maximumRecords=ten"))).isEqualTo("6");
        assertThat(diagnostic(search(marker, "&startRecord=0"))).isEqualTo("6");
        assertThat(diagnostic(search(marker, "&startRecord=5"))).isEqualTo("61");
        assertThat(diagnostic(search(marker, "&startRecord=99999999"))).isEqualTo("61");
    }

    @Test
    void answersBadQueriesWithTheStandardsDiagnostics() {
        assertThat(diagnostic(search("dc.title =", ""))).isEqualTo("10");
        assertThat(diagnostic(search("(whale", ""))).isEqualTo("10");
        assertThat(diagnostic(search("\"whale", ""))).isEqualTo("10");
        assertThat(diagnostic(search("dc.publisher = penguin", ""))).isEqualTo("16");
        assertThat(diagnostic(search("marc.title = whale", ""))).isEqualTo("15");
        assertThat(diagnostic(search("dc.title < whale", ""))).isEqualTo("19");
        assertThat(diagnostic(search("dc.title =/stem whale", ""))).isEqualTo("20");
        assertThat(diagnostic(search("dc.title = \"\"", ""))).isEqualTo("27");
        assertThat(diagnostic(search("dc.title = *ale", ""))).isEqualTo("29");
        assertThat(diagnostic(search("bath.isbn = 978*", ""))).isEqualTo("28");
        assertThat(diagnostic(search("dc.date = nineteen", ""))).isEqualTo("36");
        assertThat(diagnostic(search("whale prox sea", ""))).isEqualTo("37");
        assertThat(diagnostic(search("whale sortby dc.creator", ""))).isEqualTo("80");
        assertThat(diagnostic(search(marker, "&recordSchema=mods"))).isEqualTo("66");
        assertThat(diagnostic(search(marker, "&recordPacking=json"))).isEqualTo("71");
        assertThat(diagnostic(sru("version=1.2&operation=searchRetrieve"))).isEqualTo("7");
        assertThat(diagnostic(sru("version=1.2&operation=searchRetrieve&query=a&query=b"))).isEqualTo("6");
        assertThat(diagnostic(sru("version=1.2&operation=searchRetrieve&query=a&colour=red"))).isEqualTo("8");
        assertThat(diagnostic(sru("version=1.2&operation=update"))).isEqualTo("4");
        assertThat(diagnostic(sru("version=3.0&operation=explain"))).isEqualTo("5");
    }

    @Test
    void refusesHostileQueriesCleanly() {
        assertThat(diagnostic(search("(".repeat(1100) + "whale" + ")".repeat(1100), ""))).isEqualTo("12");
        assertThat(diagnostic(search("(".repeat(100) + "whale" + ")".repeat(100), ""))).isEqualTo("13");
        assertThat(diagnostic(search("whale" + " or whale".repeat(60), ""))).isEqualTo("38");
        assertThat(diagnostic(search("dc.title = " + "x".repeat(600), ""))).isEqualTo("23");
        // a quote, an angle bracket and an ampersand in a term are text, answered as well-formed XML
        assertThat(search("dc.title = \"<a>&\\\"b\"", "").text("//zs:numberOfRecords")).isEqualTo("0");
    }

    @Test
    void speaksSru2WithItsNamespacesAndCql2Sorting() {
        var answer = sru("version=2.0&query=" + URLEncoder.encode(marker + " sortby dc.date", StandardCharsets.UTF_8)
                + "&maximumRecords=1&recordXMLEscaping=string");
        assertThat(answer.text("/sru:searchRetrieveResponse/sru:numberOfRecords")).isEqualTo("4");
        assertThat(answer.text("//sru:record/sru:recordXMLEscaping")).isEqualTo("string");
        // escaped: the record is the element's text
        assertThat(answer.text("//sru:record/sru:recordData")).contains("<record").contains("Moby Dick");
        var failure = sru("version=2.0&query=dc.title%3D");
        assertThat(failure.text("//diag2:diagnostic/diag2:uri")).isEqualTo("info:srw/diagnostic/1/10");
    }

    @Test
    void explainsItsIndexesAndSchemas() {
        var answer = sru("version=1.2&operation=explain");
        assertThat(answer.texts("//zr:indexInfo/zr:index/zr:title")).contains("dc.title", "dc.creator", "dc.subject",
                "bath.isbn", "cql.serverchoice");
        assertThat(answer.texts("//zr:schemaInfo/zr:schema/@name")).containsExactly("marcxml", "dc");
        assertThat(answer.text("//zr:serverInfo/zr:database")).isEqualTo("sru");
        // a bare request is SRU 2.0's explain
        assertThat(sru("").count("/sru:explainResponse")).isEqualTo(1);
    }

    @Test
    void scansAnIndexFromATerm() {
        var titles = sru("version=1.2&operation=scan&scanClause=" + URLEncoder.encode("dc.title = " + marker,
                StandardCharsets.UTF_8) + "&maximumTerms=3");
        assertThat(titles.texts("//zs:term/zs:value")).first().isEqualTo(marker);
        assertThat(titles.texts("//zs:term/zs:numberOfRecords")).first().isEqualTo("4");
        var authors = sru("version=1.2&operation=scan&scanClause=" + URLEncoder.encode("dc.creator = \"Jules\"",
                StandardCharsets.UTF_8) + "&maximumTerms=1");
        assertThat(authors.texts("//zs:term/zs:value")).containsExactly("Jules Verne");
        assertThat(diagnostic(sru("version=1.2&operation=scan&scanClause=dc.date%3D1900"))).isEqualTo("16");
        assertThat(diagnostic(sru("version=1.2&operation=scan&scanClause=whale&responsePosition=5"))).isEqualTo("120");
    }
}
