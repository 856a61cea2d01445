package org.shelfwise.system;

import org.shelfwise.embedded.testing.HttpJson;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Desks lending copies of one book to one patron of their own, for a fault to be applied under: afterwards, every
 * check-out and check-in a desk was answered for must be in circulation's records, each once.
 */
final class DeskLoad {

    /** What the gateway promises of one call, retries included (its time limiter), with a second to spare. */
    static final Duration LONGEST_CALL = Duration.ofSeconds(13);

    private final HttpJson gateway;
    private final String patronId;
    private final String bookId;
    private final List<Desk> desks = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    private DeskLoad(HttpJson gateway, String patronId, String bookId) {
        this.gateway = gateway;
        this.patronId = patronId;
        this.bookId = bookId;
    }

    /** Sets up {@code count} desks and starts them once circulation knows their copies and patron. */
    static DeskLoad start(HttpJson gateway, int count) {
        var patron = created(() -> gateway.post("/api/patrons", "{\"name\":\"Fault Desk\",\"email\":\"fault."
                + UUID.randomUUID() + "@example.org\"}"));
        var book = created(() -> gateway.post("/api/books", "{\"title\":\"Persuasion\",\"authors\":[\"Jane Austen\"],"
                + "\"isbn\":\"" + Isbns.random() + "\"}"));
        var load = new DeskLoad(gateway, patron.field("id"), book.field("id"));
        for (int i = 0; i < count; i++) {
            var copy = created(() -> gateway.post("/api/books/" + book.field("id") + "/copies", "{\"barcode\":\"FAULT-"
                    + UUID.randomUUID().toString().substring(0, 8) + "\"}"));
            load.desks.add(new Desk(gateway, copy.field("barcode"), patron.field("barcode")));
        }
        for (Desk desk : load.desks) {
            await().atMost(Duration.ofSeconds(30)).until(desk::tryFirstLoan);
            load.threads.add(Thread.ofPlatform().name("desk").start(desk));
        }
        return load;
    }

    /**
     * Sends {@code request} until it is answered 201: the first writes to a service that has just started may time
     * out on a busy machine. Each attempt names a new record, so one that took effect unanswered only leaves a spare.
     */
    static HttpJson.Response created(java.util.function.Supplier<HttpJson.Response> request) {
        var response = new java.util.concurrent.atomic.AtomicReference<HttpJson.Response>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            response.set(request.get());
            assertThat(response.get().status()).as("%s", response.get().body()).isIn(201, 502, 503, 504);
            return response.get().status() == 201;
        });
        return response.get();
    }

    /** The book whose copies the desks lend. */
    String bookId() {
        return bookId;
    }

    /** Check-outs that took effect so far, first loans aside. */
    int checkouts() {
        return desks.stream().mapToInt(desk -> desk.checkouts.get()).sum();
    }

    /** Waits until the desks have lent {@code more} times since {@code since}; fails early if a desk failed. */
    void awaitProgress(int since, int more, Duration within) {
        await().atMost(within).until(() -> {
            failIfADeskFailed();
            return checkouts() >= since + more;
        });
    }

    /**
     * Stops the desks (each after a check-in) and checks that circulation recorded exactly the loans they were
     * answered for, none left open, and that no call took longer than the gateway allows.
     */
    String stopAndCheck() throws InterruptedException {
        desks.forEach(Desk::stop);
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(60));
        }
        failIfADeskFailed();
        long loans = loans("");
        long open = loans("&open=true");
        int answered = checkouts() + desks.size();
        long longest = desks.stream().mapToLong(desk -> desk.longestCallMillis.get()).max().orElse(0);
        String summary = "%d check-outs and as many check-ins answered, %d requests repeated, %d answers lost; %d loans recorded, %d open; longest call %d ms"
                .formatted(answered, desks.stream().mapToInt(desk -> desk.repeats.get()).sum(),
                        desks.stream().mapToInt(desk -> desk.answersLost.get()).sum(), loans, open, longest);
        assertThat(loans).as("loans recorded against check-outs answered (%s)", summary).isEqualTo(answered);
        assertThat(open).as("open loans after as many check-ins (%s)", summary).isZero();
        assertThat(Duration.ofMillis(longest)).as("longest call").isLessThan(LONGEST_CALL);
        return summary;
    }

    private long loans(String filter) {
        return gateway.get("/api/loans?patronId=" + patronId + filter + "&size=1").body().get("page")
                .get("totalElements").asLong();
    }

    private void failIfADeskFailed() {
        for (Desk desk : desks) {
            if (desk.failure.get() != null) {
                throw new AssertionError("a desk failed", desk.failure.get());
            }
        }
    }
}
