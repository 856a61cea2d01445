package org.shelfwise.catalog.transfer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.marc4j.MarcStreamWriter;
import org.marc4j.converter.impl.UnicodeToAnsel;
import org.marc4j.marc.MarcFactory;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * How fast one catalog instance imports MARC records with items as a job, against the embedded PostgreSQL: run on
 * demand with {@code -Dimport.throughput.records=100000 -Dit.test=ImportThroughputIT}. The system-wide figure is
 * the catalog benchmark's.
 */
@EnabledIfSystemProperty(named = "import.throughput.records", matches = "\\d+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "shelfwise.import.max-size=2GB")
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class ImportThroughputIT {

    @LocalServerPort
    int port;

    @Test
    void importsMarcRecordsWithItems() {
        int records = Integer.parseInt(System.getProperty("import.throughput.records"));
        var factory = MarcFactory.newInstance();
        var out = new ByteArrayOutputStream();
        var utf8 = new MarcStreamWriter(out, "UTF-8");
        var marc8 = new MarcStreamWriter(out, "ISO-8859-1");
        marc8.setConverter(new UnicodeToAnsel());
        for (int n = 0; n < records; n++) {
            var record = factory.newRecord();
            record.getLeader().setCharCodingScheme(n % 2 == 0 ? ' ' : 'a');
            record.addVariableField(factory.newControlField("001", "t" + n));
            record.addVariableField(factory.newControlField("008", "250101s1999    xx            000 1 fre d"));
            var isbn = factory.newDataField("020", ' ', ' ');
            isbn.addSubfield(factory.newSubfield('a', isbn(700_000_000L + n)));
            record.addVariableField(isbn);
            var author = factory.newDataField("100", '1', ' ');
            author.addSubfield(factory.newSubfield('a', "Lef\u00e8vre, Ren\u00e9e " + n % 977 + ","));
            record.addVariableField(author);
            var title = factory.newDataField("245", '1', '0');
            title.addSubfield(factory.newSubfield('a', "Les mis\u00e9rables du Gr\u00fcnwald " + n + " :"));
            title.addSubfield(factory.newSubfield('b', "roman /"));
            record.addVariableField(title);
            for (int i = 0; i <= n % 2; i++) {
                var item = factory.newDataField("949", ' ', ' ');
                item.addSubfield(factory.newSubfield('a', "843 LEF"));
                item.addSubfield(factory.newSubfield('i', "TP" + n + "-" + i));
                item.addSubfield(factory.newSubfield('l', "STACKS"));
                item.addSubfield(factory.newSubfield('m', "CENTRAL"));
                record.addVariableField(item);
            }
            (n % 2 == 0 ? marc8 : utf8).write(record);
        }
        byte[] file = out.toByteArray();
        long start = System.nanoTime();
        var accepted = Requests.send(port, "POST", "/api/books/imports?items=949", "application/marc",
                HttpRequest.BodyPublishers.ofByteArray(file));
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
        long uploaded = System.nanoTime();
        String job = "/api/books/imports/" + accepted.body().get("id").asString();
        await().atMost(Duration.ofHours(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Requests.send(port, "GET", job, null, HttpRequest.BodyPublishers.noBody()).body()
                        .get("state").asString(), "done"::equals);
        double seconds = (System.nanoTime() - start) / 1e9;
        var done = Requests.send(port, "GET", job, null, HttpRequest.BodyPublishers.noBody()).body();
        assertThat(done.get("created").asLong()).isEqualTo(records);
        assertThat(done.get("copies").asLong()).isEqualTo(records + records / 2);
        System.out.printf(Locale.ROOT, "ImportThroughputIT: %,d records (%,d bytes) with %,d copies in %.1f s "
                        + "(upload %.1f s): %,.0f records a second; %d warnings%n", records, file.length,
                done.get("copies").asLong(), seconds, (uploaded - start) / 1e9, records / seconds,
                done.get("warnings").asLong());
    }

    private static String isbn(long n) {
        String twelve = "978" + String.format("%09d", n);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (i % 2 == 0 ? 1 : 3) * (twelve.charAt(i) - '0');
        }
        return twelve + (10 - sum % 10) % 10;
    }
}
