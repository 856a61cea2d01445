package org.shelfwise.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shelfwise.driver.RunningSystem;
import org.shelfwise.embedded.testing.HttpJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Self-check kiosks over SIP2 against the running system: every message over a real socket, with a client written
 * from the 3M SIP 2.00 specification; what a kiosk does shows at the desk at once, and 50 kiosks at once lose no
 * transaction.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedSystem.class)
class SipIT {

    static final String PIN = "a long patron password";
    static final String TERMINAL_PASSWORD = "a long kiosk password";
    static final String NOW = "20250101    120000";

    RunningSystem system;
    HttpJson desk;
    int sipPort;
    String terminal;

    @BeforeAll
    void start(RunningSystem shared) throws Exception {
        system = shared;
        desk = system.adminGateway();
        sipPort = Integer.parseInt(system.serviceJvms("sip.jar").getFirst().environment().get("SIP_PORT"));
        terminal = "kiosk-" + UUID.randomUUID().toString().substring(0, 8);
        var created = desk.post("/api/sip-terminals", "{\"login\":\"" + terminal + "\",\"password\":\""
                + TERMINAL_PASSWORD + "\",\"location\":\"Main / entrance\"}");
        assertThat(created.status()).isEqualTo(201);
    }

    record Patron(String id, String card) {
    }

    Patron patron() {
        var created = desk.post("/api/patrons", "{\"name\":\"Kiosk User\",\"email\":\"kiosk." + UUID.randomUUID()
                + "@example.org\",\"password\":\"" + PIN + "\"}");
        assertThat(created.status()).isEqualTo(201);
        return new Patron(created.field("id"), created.field("barcode"));
    }

    String book(String title) {
        var book = desk.post("/api/books", "{\"title\":\"" + title + "\",\"isbn\":\"" + Isbns.random() + "\"}");
        assertThat(book.status()).isEqualTo(201);
        return book.field("id");
    }

    String copy(String bookId) {
        String barcode = "SIP-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(desk.post("/api/books/" + bookId + "/copies", "{\"barcode\":\"" + barcode
                + "\",\"shelfMark\":\"K\",\"location\":\"Main / Kiosk shelf\"}").status()).isEqualTo(201);
        return barcode;
    }

    /** Waits until circulation knows the patron and the copy (they reach it by events). */
    void awaitBorrowable(String item, Patron patron) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var probe = desk.post("/api/checkouts", "{\"itemBarcode\":\"NO-SUCH-COPY\",\"patronBarcode\":\""
                    + patron.card() + "\"}");
            return probe.body().get("errors").get(0).get("field").asString().equals("itemBarcode");
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> desk.get("/api/copies/" + item).status() == 200);
    }

    Kiosk kiosk() throws IOException {
        var kiosk = new Kiosk(sipPort);
        assertThat(kiosk.send("9300CN" + terminal + "|CO" + TERMINAL_PASSWORD + "|CPMain|")).startsWith("941");
        return kiosk;
    }

    static String checkout(String card, String item) {
        return "11YN" + NOW + NOW + "AOshelfwise|AA" + card + "|AB" + item + "|AC|AD" + PIN + "|";
    }

    @Test
    void aKioskCheckOutShowsAtTheDeskAtOnceAndARepeatedMessageTakesEffectOnce() throws Exception {
        var patron = patron();
        String bookId = book("The Dispossessed");
        String item = copy(bookId);
        awaitBorrowable(item, patron);
        try (var kiosk = kiosk()) {
            String status = kiosk.send("990 402.00");
            assertThat(status).startsWith("98YYYY");
            assertThat(Kiosk.checksumHolds(status)).isTrue();

            String patronStatus = kiosk.send("23001" + NOW + "AOshelfwise|AA" + patron.card() + "|AC|AD" + PIN + "|");
            assertThat(patronStatus).startsWith("24" + " ".repeat(14));
            assertThat(Kiosk.fields(patronStatus, 35)).containsEntry("BL", "Y").containsEntry("CQ", "Y")
                    .containsEntry("AE", "Kiosk User");

            String message = Kiosk.withErrorDetection(checkout(patron.card(), item), 3);
            String lent = kiosk.sendRaw(message);
            assertThat(lent).startsWith("121NNY");
            assertThat(Kiosk.fields(lent, 22)).containsEntry("AB", item).containsEntry("AJ", "The Dispossessed");
            assertThat(Kiosk.fields(lent, 22).get("AH")).matches("\\d{8} {4}\\d{6}");

            // at the desk at once, and in the patron's account
            var loans = desk.get("/api/loans?patronId=" + patron.id() + "&open=true");
            assertThat(loans.body().get("content")).hasSize(1);
            assertThat(loans.body().get("content").get(0).get("itemBarcode").asString()).isEqualTo(item);
            assertThat(desk.get("/api/patrons/" + patron.id() + "/summary").body().get("loans")).hasSize(1);

            // the answer was lost: the kiosk sends the same message again, and gets the same answer, no second loan
            String again = kiosk.sendRaw(message);
            assertThat(again.substring(0, 6)).isEqualTo("121NNY");
            assertThat(desk.get("/api/loans?patronId=" + patron.id()).body().get("content")).hasSize(1);
            assertThat(kiosk.sendRaw("97")).isEqualTo(again);

            // a second check-out of the same copy (a new message) gets the desk's refusal in words
            String twice = kiosk.send(checkout(patron.card(), item).replace(NOW + NOW, "20250101    12010020250101    120100"));
            assertThat(twice).startsWith("120");
            assertThat(Kiosk.fields(twice, 22).get("AF")).isNotBlank();
        }
    }

    @Test
    void patronInformationRenewalsItemInformationFeesCheckInWithTheHoldShelfAndEndOfSession() throws Exception {
        var patron = patron();
        var waiting = patron();
        String bookId = book("A Wizard of Earthsea");
        String item = copy(bookId);
        awaitBorrowable(item, patron);
        try (var kiosk = kiosk()) {
            assertThat(kiosk.send(checkout(patron.card(), item))).startsWith("121");
            String wrongPin = kiosk.send("23001" + NOW + "AOshelfwise|AA" + patron.card() + "|AC|ADnot the pin|");
            assertThat(Kiosk.fields(wrongPin, 35)).containsEntry("CQ", "N");

            String info = kiosk.send("63001" + NOW + "  Y       AOshelfwise|AA" + patron.card() + "|AD" + PIN + "|BP1|BQ5|");
            assertThat(info).startsWith("64");
            assertThat(info.substring(2 + 14 + 3 + 18 + 8, 2 + 14 + 3 + 18 + 12)).isEqualTo("0001");
            assertThat(Kiosk.fields(info, 59)).containsEntry("AU", item).containsEntry("BL", "Y");

            String itemInfo = kiosk.send("17" + NOW + "AOshelfwise|AB" + item + "|AC|");
            assertThat(itemInfo).startsWith("1804");
            assertThat(Kiosk.fields(itemInfo, 24)).containsEntry("AJ", "A Wizard of Earthsea");

            String renewed = kiosk.send("29NN" + NOW + NOW + "AOshelfwise|AA" + patron.card() + "|AD" + PIN
                    + "|AB" + item + "|AC|");
            assertThat(renewed).startsWith("301Y");
            String renewedAll = kiosk.send("65" + NOW + "AOshelfwise|AA" + patron.card() + "|AD" + PIN + "|AC|");
            assertThat(renewedAll).startsWith("661");
            assertThat(renewedAll.substring(3, 11)).matches("\\d{8}");

            String fee = kiosk.send("37" + NOW + "0100GBPBV1.00|AOshelfwise|AA" + patron.card() + "|AD" + PIN + "|");
            assertThat(fee).startsWith("38N");
            assertThat(Kiosk.fields(fee, 19).get("AF")).contains("owes nothing");

            assertThat(desk.post("/api/holds", "{\"bookId\":\"" + bookId + "\",\"patronBarcode\":\""
                    + waiting.card() + "\"}").status()).isEqualTo(201);
            String returned = kiosk.send("09N" + NOW + NOW + "APMain / entrance|AOshelfwise|AB" + item + "|AC|");
            assertThat(returned).startsWith("101YNY");
            assertThat(Kiosk.fields(returned, 22)).containsEntry("AA", waiting.card()).containsEntry("CV", "01")
                    .containsEntry("CL", "HOLD SHELF");
            assertThat(Kiosk.fields(returned, 22).get("AF")).contains("hold shelf");

            String ended = kiosk.send("35" + NOW + "AOshelfwise|AA" + patron.card() + "|");
            assertThat(ended).startsWith("36Y");
        }
    }

    @Test
    void barcodesWithSlashesQuotesAndBarsAreDataOrRefusedCleanly() throws Exception {
        var patron = patron();
        try (var kiosk = kiosk()) {
            for (String odd : List.of("../../api/loans", "a\"b'c", "%2F..%2F", "x?y=1&z")) {
                String lent = kiosk.send(checkout(patron.card(), odd));
                assertThat(lent).as(odd).startsWith("120");
                assertThat(Kiosk.fields(lent, 22).get("AF")).as(odd).isNotBlank();
                String item = kiosk.send("17" + NOW + "AOshelfwise|AB" + odd + "|AC|");
                assertThat(item).as(odd).startsWith("18");
                String person = kiosk.send("23001" + NOW + "AOshelfwise|AA" + odd + "|AC|AD" + odd + "|");
                assertThat(person).as(odd).startsWith("24");
                assertThat(Kiosk.fields(person, 35)).as(odd).containsEntry("BL", "N");
            }
            // a bar ends the field: what follows is no field, and the message is refused as malformed
            assertThat(kiosk.send("11YN" + NOW + NOW + "AOshelfwise|AA" + patron.card() + "|AB12|34|AC|"))
                    .startsWith("120");
            assertThat(kiosk.send("990 402.00")).startsWith("98YYYY");
        }
    }

    @Test
    void terminalAccountsAreTheAdministratorsOnlyThroughTheGateway() {
        String librarian = "lib" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(desk.post("/api/staff", "{\"username\":\"" + librarian + "\",\"password\":\"" + TERMINAL_PASSWORD
                + "\",\"roles\":[\"LIBRARIAN\"]}").status()).isEqualTo(201);
        var asLibrarian = HttpJson.at(system.baseUrl()).signedInAs(librarian, TERMINAL_PASSWORD);
        assertThat(asLibrarian.get("/api/sip-terminals").status()).isEqualTo(403);
        assertThat(desk.anonymous().get("/api/sip-terminals").status()).isEqualTo(401);
        var listed = desk.get("/api/sip-terminals");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().valueStream().map(t -> t.get("login").asString())).contains(terminal);
    }

    @Test
    void fiftyKiosksAtOnceLoseNoTransaction() throws Exception {
        int kiosks = 50;
        String bookId = book("The Lathe of Heaven");
        var patrons = new ArrayList<Patron>();
        var items = new ArrayList<String>();
        for (int i = 0; i < kiosks; i++) {
            patrons.add(patron());
            items.add(copy(bookId));
        }
        awaitBorrowable(items.getLast(), patrons.getLast());
        for (int i = 0; i < kiosks; i++) {
            awaitBorrowable(items.get(i), patrons.get(i));
        }
        var answers = new ArrayList<Future<String>>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < kiosks; i++) {
                var patron = patrons.get(i);
                String item = items.get(i);
                answers.add(threads.submit((Callable<String>) () -> {
                    try (var kiosk = kiosk()) {
                        String lent = kiosk.send(checkout(patron.card(), item));
                        String returned = kiosk.send("09N" + NOW + NOW + "APMain|AOshelfwise|AB" + item + "|AC|");
                        String lentAgain = kiosk.send(checkout(patron.card(), item)
                                .replace(NOW + NOW, "20250101    13000020250101    130000"));
                        return lent.substring(0, 3) + returned.substring(0, 3) + lentAgain.substring(0, 3) + " "
                                + Kiosk.fields(lent, 22).get("AF") + " / " + Kiosk.fields(returned, 22).get("AF")
                                + " / " + Kiosk.fields(lentAgain, 22).get("AF");
                    }
                }));
            }
        }
        for (var answer : answers) {
            assertThat(answer.get()).startsWith("121101121 ");
        }
        for (int i = 0; i < kiosks; i++) {
            var loans = desk.get("/api/loans?patronId=" + patrons.get(i).id()).body().get("content");
            assertThat(loans).as("loans of kiosk patron " + i).hasSize(2);
            assertThat(desk.get("/api/loans?patronId=" + patrons.get(i).id() + "&open=true").body().get("content"))
                    .hasSize(1);
        }
    }

    /**
     * A kiosk's side of SIP2, written from the specification: messages end with a carriage return; with error
     * detection, {@code AY} and a sequence digit, then {@code AZ} and the two's complement of the 16-bit sum of
     * every byte before it, as four hex digits.
     */
    static final class Kiosk implements AutoCloseable {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private int sequence;

        Kiosk(int port) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(60_000);
            in = socket.getInputStream();
            out = socket.getOutputStream();
        }

        static String withErrorDetection(String message, int sequence) {
            String upToAz = message + "AY" + sequence + "AZ";
            int sum = 0;
            for (byte b : upToAz.getBytes(StandardCharsets.UTF_8)) {
                sum += b & 0xFF;
            }
            return upToAz + String.format("%04X", (-sum) & 0xFFFF);
        }

        static boolean checksumHolds(String reply) {
            int az = reply.lastIndexOf("AZ");
            return az > 0 && withErrorDetection(reply.substring(0, az - 3), reply.charAt(az - 1) - '0').equals(reply);
        }

        /** A reply's variable fields (the first of each), after its code and {@code fixed} characters. */
        static Map<String, String> fields(String reply, int fixed) {
            var fields = new LinkedHashMap<String, String>();
            int ay = reply.lastIndexOf("|AY");
            for (String piece : reply.substring(2 + fixed, ay >= 0 ? ay + 1 : reply.length()).split("\\|")) {
                if (piece.length() >= 2) {
                    fields.putIfAbsent(piece.substring(0, 2), piece.substring(2));
                }
            }
            return fields;
        }

        String send(String message) throws IOException {
            return sendRaw(withErrorDetection(message, sequence++ % 10));
        }

        String sendRaw(String message) throws IOException {
            out.write((message + "\r").getBytes(StandardCharsets.UTF_8));
            out.flush();
            var line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != '\r') {
                if (b == -1) {
                    throw new IOException("the server closed the connection");
                }
                line.write(b);
            }
            return line.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
