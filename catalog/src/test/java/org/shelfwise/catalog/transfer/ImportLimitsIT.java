package org.shelfwise.catalog.transfer;

import org.junit.jupiter.api.Test;
import org.shelfwise.catalog.Isbns;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shelfwise.catalog.transfer.ImportExportIT.HEADER;

/** A small import limit, so that a body over it stays small enough for a test. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "shelfwise.import.max-size=64KB")
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class ImportLimitsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    HttpJson.Response send(String method, String path, String contentType, HttpRequest.BodyPublisher body) {
        return Requests.send(port, method, path, contentType, body);
    }

    HttpJson.Response importCsv(String csv) {
        return send("POST", "/api/books/imports", "text/csv", HttpRequest.BodyPublishers.ofString(csv));
    }

    @Test
    void refusesABodyOverTheLimitWith413AndChangesNothing() {
        long before = jdbc.sql("select count(*) from book").query(Long.class).single();
        String big = HEADER + (Isbns.unique() + ",Too much,,A,,,,,,\n").repeat(3_000);
        var tooLarge = send("POST", "/api/books/imports", "text/csv",
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(importCsv(big).status()).as("declared too large").isEqualTo(413);
        var bigJson = send("POST", "/api/books", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"title\":\"" + "x".repeat(1_100_000) + "\"}"));
        assertThat(bigJson.status()).isEqualTo(413);
        assertThat(jdbc.sql("select count(*) from book").query(Long.class).single()).isEqualTo(before);
    }
}
