package org.shelfwise.circulation.holds;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.circulation.Events;
import org.shelfwise.circulation.Replicas;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class HoldListsIT {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;

    HttpJson http;
    Events events;

    @BeforeEach
    void setUp() {
        http = new HttpJson(port, TestTokens.librarian());
        events = new Events(kafka);
    }

    String patron(String name) {
        var id = UUID.randomUUID();
        String card = "L" + id.toString().substring(0, 8);
        events.patronRegistered(id, card, name);
        Replicas.awaitBorrower(jdbc, card);
        return card;
    }

    String copyOf(UUID book, String title) {
        String barcode = "P" + UUID.randomUUID().toString().substring(0, 8);
        events.copyAdded(UUID.randomUUID(), UUID.randomUUID(), barcode, book, title);
        Replicas.awaitItem(jdbc, barcode);
        return barcode;
    }

    void place(UUID book, String card) {
        assertThat(http.post("/api/holds", "{\"bookId\":\"%s\",\"patronBarcode\":\"%s\"}".formatted(book, card)).status())
                .isEqualTo(201);
    }

    List<JsonNode> listed(String path, UUID book) {
        var response = http.get(path);
        assertThat(response.status()).isEqualTo(200);
        var found = new ArrayList<JsonNode>();
        response.body().forEach(entry -> {
            if (entry.get("bookId").asString().equals(book.toString())) {
                found.add(entry);
            }
        });
        return found;
    }

    @Test
    void listsAsManyWaitingHoldsToPullAsTheBookHasCopiesFreeFirstComeFirst() {
        UUID book = UUID.randomUUID();
        String lent = copyOf(book, "Middlemarch");
        String free = copyOf(book, "Middlemarch");
        String reader = patron("Dorothea");
        String first = patron("Celia");
        String second = patron("Rosamond");
        assertThat(http.post("/api/checkouts", "{\"itemBarcode\":\"%s\",\"patronBarcode\":\"%s\"}".formatted(lent, reader))
                .status()).isEqualTo(201);
        place(book, first);
        place(book, second);

        var toPull = listed("/api/holds/pull-list", book);
        assertThat(toPull).as("one copy is free, so one hold can be filled from the shelf").hasSize(1);
        assertThat(toPull.getFirst().get("patronBarcode").asString()).isEqualTo(first);
        assertThat(toPull.getFirst().get("patronName").asString()).isEqualTo("Celia");
        assertThat(toPull.getFirst().get("title").asString()).isEqualTo("Middlemarch");
        assertThat(toPull.getFirst().get("itemBarcodes").get(0).asString()).isEqualTo(free);

        // the lent copy comes back and goes to the hold shelf for the first patron: the second may now be pulled
        assertThat(http.post("/api/checkins", "{\"itemBarcode\":\"" + lent + "\"}").status()).isEqualTo(200);
        toPull = listed("/api/holds/pull-list", book);
        assertThat(toPull).hasSize(1);
        assertThat(toPull.getFirst().get("patronBarcode").asString()).isEqualTo(second);
    }

    @Test
    void showsTheHoldShelfByPickupDateWithThoseUnclaimedPastItFlagged() {
        UUID book = UUID.randomUUID();
        String copy = copyOf(book, "Silas Marner");
        String reader = patron("Eppie");
        String waiting = patron("Godfrey");
        http.post("/api/checkouts", "{\"itemBarcode\":\"%s\",\"patronBarcode\":\"%s\"}".formatted(copy, reader));
        place(book, waiting);
        http.post("/api/checkins", "{\"itemBarcode\":\"" + copy + "\"}");

        var shelf = listed("/api/holds/shelf", book);
        assertThat(shelf).hasSize(1);
        assertThat(shelf.getFirst().get("itemBarcode").asString()).isEqualTo(copy);
        assertThat(shelf.getFirst().get("patronName").asString()).isEqualTo("Godfrey");
        assertThat(shelf.getFirst().get("expired").asBoolean()).isFalse();
        assertThat(listed("/api/holds/pull-list", book)).as("a copy on the hold shelf is not free").isEmpty();

        jdbc.sql("update hold set pickup_by = current_date - 1 where item_barcode = ? and status = 'READY'")
                .param(copy).update();
        assertThat(listed("/api/holds/shelf", book).getFirst().get("expired").asBoolean()).isTrue();
    }

    @Test
    void keepsBothListsToStaff() {
        var patron = new HttpJson(port, TestTokens.patron(UUID.randomUUID()));
        assertThat(patron.get("/api/holds/pull-list").status()).isEqualTo(403);
        assertThat(patron.get("/api/holds/shelf").status()).isEqualTo(403);
        assertThat(new HttpJson(port).get("/api/holds/shelf").status()).isEqualTo(401);
    }
}
