package org.shelfwise.system;

import java.time.Duration;

import org.shelfwise.embedded.testing.HttpJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the browser tests set up through the API before a librarian meets it on a page: patrons, books, copies. */
record Library(HttpJson api, String run) {

    record Registered(String id, String card) {
    }

    Registered register(String name, String category) {
        var patron = api.post("/api/patrons", "{\"name\":\"" + name + "\",\"email\":\"" + name.replace(' ', '.').toLowerCase()
                + "." + run + "@example.org\",\"category\":\"" + category + "\"}");
        assertThat(patron.status()).as(String.valueOf(patron.body())).isEqualTo(201);
        return new Registered(patron.field("id"), patron.field("barcode"));
    }

    String book(String title) {
        var book = api.post("/api/books", "{\"title\":\"" + title + "\",\"authors\":[\"Test\"],\"isbn\":\"" + Isbns.random() + "\"}");
        assertThat(book.status()).isEqualTo(201);
        return book.field("id");
    }

    String copy(String book, String tag) {
        return copy(book, tag, "TST");
    }

    String copy(String book, String tag, String shelfMark) {
        String barcode = "WEB" + tag + run;
        assertThat(api.post("/api/books/" + book + "/copies", "{\"barcode\":\"" + barcode
                + "\",\"shelfMark\":\"" + shelfMark + "\",\"location\":\"Main\"}").status()).isEqualTo(201);
        return barcode;
    }

    /** A copy that belongs to {@code branch} (a code of the library's branches). */
    String copyAt(String book, String tag, String shelfMark, String branch) {
        String barcode = "WEB" + tag + run;
        assertThat(api.post("/api/books/" + book + "/copies", "{\"barcode\":\"" + barcode + "\",\"shelfMark\":\""
                + shelfMark + "\",\"location\":\"Herbals\",\"branch\":\"" + branch + "\"}").status()).isEqualTo(201);
        return barcode;
    }

    /** Circulation learns of copies by event: it knows one once a check-in says "not on loan" rather than "no copy". */
    void awaitCopiesKnown(String... barcodes) {
        for (String barcode : barcodes) {
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    api.post("/api/checkins", "{\"itemBarcode\":\"" + barcode + "\"}").status() == 409);
        }
    }

    void awaitPatronKnown(String card) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            var errors = api.post("/api/checkouts", checkOut("NO-SUCH-COPY", card)).body().get("errors");
            return errors != null && errors.get(0).get("field").asString().equals("itemBarcode");
        });
    }

    /** Lends the copy, once circulation knows the patron. */
    void lend(String item, String card) {
        await().atMost(Duration.ofSeconds(20)).until(() -> api.post("/api/checkouts", checkOut(item, card)).status() == 201);
    }

    void placeHold(String book, String card) {
        await().atMost(Duration.ofSeconds(20)).until(() -> api.post("/api/holds",
                "{\"bookId\":\"" + book + "\",\"patronBarcode\":\"" + card + "\"}").status() == 201);
    }

    static String checkOut(String item, String card) {
        return "{\"itemBarcode\":\"" + item + "\",\"patronBarcode\":\"" + card + "\"}";
    }
}
