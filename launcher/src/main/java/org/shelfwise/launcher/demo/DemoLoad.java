package org.shelfwise.launcher.demo;

import org.shelfwise.embedded.testing.HttpJson;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One attempt at loading the demo set: what it created and what failed. A 409 means the thing exists from an
 * earlier, interrupted attempt: not a failure, and a book found that way still gets the copies it lacks.
 */
final class DemoLoad {

    private final GatewayClient gateway;
    private final List<String> failures = new ArrayList<>();
    private Map<String, String> existingBookIds;
    private int branches;
    private int books;
    private int copies;
    private int patrons;
    private int found;
    private String somePatronBarcode;
    private String someItemBarcode;

    DemoLoad(GatewayClient gateway) {
        this.gateway = gateway;
    }

    /** A check-out a new user can try: one of the demo items and one of the demo patrons. */
    record Checkout(String itemBarcode, String patronBarcode) {
    }

    /**
     * Lists the library's branches (as an administrator does, {@code PUT /api/branches/{code}}): a put adds a branch
     * or names it again, so an earlier attempt's branches are simply put once more.
     */
    void branches(List<DemoBranch> demoBranches) throws IOException, InterruptedException {
        for (DemoBranch branch : demoBranches) {
            var reply = gateway.put("/api/branches/" + branch.code(), Map.of("name", branch.name()));
            if (reply.status() == 200) {
                branches++;
            } else {
                failed("branch " + branch.code(), reply);
            }
        }
    }

    void patrons(List<DemoPatron> demoPatrons) throws IOException, InterruptedException {
        for (DemoPatron patron : demoPatrons) {
            var reply = gateway.post("/api/patrons", Map.of("name", patron.name(), "email", patron.email()));
            if (reply.status() == 201) {
                patrons++;
                if (somePatronBarcode == null) {
                    somePatronBarcode = reply.field("barcode");
                }
            } else if (reply.status() == 409) {
                found++;
            } else {
                failed("patron " + patron.name(), reply);
            }
        }
        if (somePatronBarcode == null) {
            // all registered by an earlier attempt: any patron's card will do for the hint
            somePatronBarcode = firstOfPage(gateway.get("/api/patrons?size=1"), "barcode");
        }
    }

    void books(List<DemoBook> demoBooks, List<List<ItemBarcode>> barcodes) throws IOException, InterruptedException {
        for (int i = 0; i < demoBooks.size(); i++) {
            DemoBook book = demoBooks.get(i);
            var reply = gateway.post("/api/books",
                    Map.of("title", book.title(), "authors", book.authors(), "isbn", book.isbn()));
            String bookId = switch (reply.status()) {
                case 201 -> {
                    books++;
                    yield reply.field("id");
                }
                case 409 -> {
                    found++;
                    String existing = existingBookIds().get(book.isbn());
                    if (existing == null) {
                        failed("book '" + book.title() + "'", "said to exist, but not in the list of books");
                    }
                    yield existing;
                }
                default -> {
                    failed("book '" + book.title() + "'", reply);
                    yield null;
                }
            };
            if (bookId != null) {
                copies(book, bookId, barcodes.get(i));
            }
        }
    }

    private void copies(DemoBook book, String bookId, List<ItemBarcode> barcodes)
            throws IOException, InterruptedException {
        for (int i = 0; i < barcodes.size(); i++) {
            ItemBarcode barcode = barcodes.get(i);
            var reply = gateway.post("/api/books/" + bookId + "/copies",
                    Map.of("barcode", barcode.value(), "branch", book.branches().get(i)));
            if (reply.status() == 201 || reply.status() == 409) {
                copies += reply.status() == 201 ? 1 : 0;
                found += reply.status() == 201 ? 0 : 1;
                if (someItemBarcode == null) {
                    someItemBarcode = barcode.value();
                }
            } else {
                failed("copy " + barcode + " of '" + book.title() + "'", reply);
            }
        }
    }

    /** The ids of the books in the catalogue by ISBN, read once, when a book turns out to be there already. */
    private Map<String, String> existingBookIds() throws IOException, InterruptedException {
        if (existingBookIds == null) {
            existingBookIds = new HashMap<>();
            for (int page = 0, pages = 1; page < pages; page++) {
                var reply = gateway.get("/api/books?size=100&page=" + page);
                if (reply.status() != 200) {
                    failed("list of books", reply);
                    break;
                }
                reply.body().path("content").forEach(book ->
                        existingBookIds.put(book.path("isbn").asString(), book.path("id").asString()));
                pages = reply.body().path("page").path("totalPages").asInt();
            }
        }
        return existingBookIds;
    }

    private static String firstOfPage(HttpJson.Response reply, String field) {
        JsonNode first = reply.body() == null ? null : reply.body().path("content").path(0);
        return first == null || first.isMissingNode() ? null : first.path(field).asString(null);
    }

    void failed(String what, String why) {
        failures.add(what + ": " + why);
    }

    private void failed(String what, HttpJson.Response reply) {
        String body = reply.text() == null || reply.text().isBlank() ? "" : " " + reply.text();
        failed(what, "HTTP " + reply.status() + (body.length() > 300 ? body.substring(0, 300) + "..." : body));
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    int branches() {
        return branches;
    }

    int books() {
        return books;
    }

    int copies() {
        return copies;
    }

    int patrons() {
        return patrons;
    }

    /** How many books, copies and patrons were there already. */
    int found() {
        return found;
    }

    Optional<Checkout> firstCheckout() {
        return somePatronBarcode == null || someItemBarcode == null
                ? Optional.empty()
                : Optional.of(new Checkout(someItemBarcode, somePatronBarcode));
    }
}
