package org.shelfwise.system;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shelfwise.driver.RunningSystem;
import org.shelfwise.embedded.testing.HttpJson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A hold made ready at the desk reaches the holder's mailbox once, through the whole system: circulation's event,
 * the notifications service, SMTP, the launcher's local mail server and its {@code .eml} file, even when the
 * notifications service is killed and started again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedSystem.class)
class NoticesIT {

    RunningSystem system;
    HttpJson gateway;

    @BeforeAll
    void start(RunningSystem shared) throws Exception {
        system = shared;
        gateway = system.adminGateway();
    }

    @Test
    void aCopyCheckedInForAHoldSendsTheHolderOneEmailWithTitleBranchAndPickupDateAcrossARestart() throws Exception {
        String email = "holder." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var holder = gateway.post("/api/patrons", "{\"name\":\"Dorothea Brooke\",\"email\":\"" + email + "\"}");
        var borrower = gateway.post("/api/patrons", "{\"name\":\"Will Ladislaw\",\"email\":\"will." + UUID.randomUUID().toString().substring(0, 8) + "@example.org\"}");
        String first = readyHold(holder, borrower, "Daniel Deronda");

        await().atMost(Duration.ofSeconds(60)).until(() -> mailTo(email).size() == 1);
        var message = mailTo(email).getFirst();
        assertThat(message.getSubject()).isEqualTo("Your hold is ready: Daniel Deronda");
        String pickupBy = gateway.get("/api/holds?patronId=" + holder.field("id")).body().get(0).get("pickupBy").asString();
        assertThat(message.getContent().toString()).contains("at Riverside").contains(pickupBy);

        // killed at once (its last offsets perhaps not committed) and started again by the launcher's supervisor
        var killed = system.serviceJvms("notifications.jar").getFirst().process();
        killed.destroyForcibly();
        await().atMost(Duration.ofSeconds(120)).until(() -> !killed.isAlive()
                && system.servicesRunning("notifications.jar").stream().anyMatch(jvm -> jvm.pid() != killed.pid())
                && gateway.anonymous().get("/api/notice-kinds").status() == 200);
        readyHold(holder, borrower, "Felix Holt, the Radical");
        await().atMost(Duration.ofSeconds(60)).until(() -> mailTo(email).size() == 2);
        assertThat(mailTo(email)).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Your hold is ready: " + first, "Your hold is ready: Felix Holt, the Radical");
        var log = gateway.get("/api/notices?patronId=" + holder.field("id"));
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.body().size()).isEqualTo(2);
        assertThat(log.body().get(0).get("status").asString()).isEqualTo("SENT");
    }

    @Test
    void aHoldCancelledByTheStaffIsNoticedToTheHolder() throws Exception {
        String email = "cancelled." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var holder = gateway.post("/api/patrons", "{\"name\":\"Rosamond Vincy\",\"email\":\"" + email + "\"}");
        var borrower = gateway.post("/api/patrons", "{\"name\":\"Fred Vincy\",\"email\":\"fred." + UUID.randomUUID().toString().substring(0, 8) + "@example.org\"}");
        String holdId = placeHold(holder, borrower, "Romola").holdId();

        assertThat(gateway.delete("/api/holds/" + holdId).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> mailTo(email).size() == 1);
        assertThat(mailTo(email).getFirst().getSubject()).isEqualTo("Your hold was cancelled: Romola");
    }

    /** A copy lent to the borrower, a hold placed by the holder, the copy checked in: it waits for the holder. */
    private String readyHold(HttpJson.Response holder, HttpJson.Response borrower, String title) {
        var placed = placeHold(holder, borrower, title);
        assertThat(gateway.post("/api/checkins", "{\"itemBarcode\":\"" + placed.item() + "\"}").status()).isEqualTo(200);
        return title;
    }

    private record Placed(String holdId, String item) {
    }

    /** A book whose one copy is lent to the borrower, and a hold on it placed for the holder. */
    private Placed placeHold(HttpJson.Response holder, HttpJson.Response borrower, String title) {
        String bookId = gateway.post("/api/books", "{\"title\":\"" + title + "\",\"authors\":[\"George Eliot\"],\"isbn\":\""
                + Isbns.random() + "\"}").field("id");
        String item = "NOTE-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(gateway.post("/api/books/" + bookId + "/copies", "{\"barcode\":\"" + item
                + "\",\"location\":\"Riverside / Fiction\"}").status()).isEqualTo(201);
        // the copy and the patrons reach circulation by event
        await().atMost(Duration.ofSeconds(30)).until(() -> gateway.post("/api/checkouts",
                "{\"itemBarcode\":\"" + item + "\",\"patronBarcode\":\"" + borrower.field("barcode") + "\"}").status() == 201);
        var hold = gateway.post("/api/holds", "{\"bookId\":\"" + bookId + "\",\"patronBarcode\":\""
                + holder.field("barcode") + "\"}");
        assertThat(hold.status()).isEqualTo(201);
        return new Placed(hold.field("id"), item);
    }

    private List<MimeMessage> mailTo(String address) throws IOException {
        if (!Files.isDirectory(system.mailFolder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(system.mailFolder())) {
            return files.filter(file -> file.getFileName().toString().endsWith("-" + address + ".eml")).sorted()
                    .map(NoticesIT::read).toList();
        }
    }

    private static MimeMessage read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
