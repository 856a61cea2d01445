package org.shelfwise.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.shelfwise.events.catalog.BookAdded;
import org.shelfwise.events.catalog.BookEvent;
import org.shelfwise.events.catalog.CopyAdded;
import org.shelfwise.events.catalog.CopyEvent;
import org.shelfwise.events.catalog.CopyMoved;
import org.shelfwise.events.circulation.HoldEvent;
import org.shelfwise.events.circulation.HoldFulfilled;
import org.shelfwise.events.circulation.HoldReadyForPickup;
import org.shelfwise.events.circulation.ItemCheckedIn;
import org.shelfwise.events.circulation.ItemCheckedOut;
import org.shelfwise.events.circulation.LoanEvent;
import org.shelfwise.events.patrons.PatronEvent;
import org.shelfwise.events.patrons.PatronRegistered;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notices end to end inside the service, against a real SMTP server (GreenMail), PostgreSQL and Kafka: from the
 * events circulation, the patrons service and the catalogue publish to the messages in the patron's mailbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "shelfwise.notices.delivery.poll-interval=100ms",
        "shelfwise.notices.delivery.first-retry=200ms",
        "shelfwise.notices.delivery.longest-retry=500ms",
        "shelfwise.notices.reminders-interval=300ms"})
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class NoticesIT {

    static final int SMTP_PORT = freePort();
    static volatile GreenMail smtp = startSmtp();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @TestConfiguration
    static class Time {
        @Bean
        MutableClock clock() {
            return new MutableClock();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    Environment environment;

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aHoldReadySendsExactlyOneEmailWithTitleBranchAndPickupDateThoughDeliveredTwiceAndHandledByTwoInstances()
            throws Exception {
        var events = new Events(kafka);
        String email = "reader-" + UUID.randomUUID() + "@example.org";
        UUID patronId = patron(events, email);
        UUID bookId = book(events, "The Mill on the Floss");
        UUID holdId = UUID.randomUUID();
        var ready = new HoldReadyForPickup(holdId, bookId, patronId, "P-1", "READY", UUID.randomUUID(), "C-77",
                LocalDate.of(2030, 5, 17), "Riverside");
        String envelope = events.publish(HoldEvent.TOPIC, bookId.toString(), ready);
        events.deliver(HoldEvent.TOPIC, bookId.toString(), envelope);

        await().atMost(Duration.ofSeconds(30)).until(() -> to(email).size() == 1);
        var message = to(email).getFirst();
        assertThat(message.getSubject()).contains("The Mill on the Floss");
        assertThat(body(message)).contains("Riverside").contains("2030-05-17");

        // a second instance on the same database, and the same event once more after the first one stopped reading
        try (var second = secondInstance()) {
            events.deliver(HoldEvent.TOPIC, bookId.toString(), envelope);
            String marker = events.publish(HoldEvent.TOPIC, bookId.toString(), new HoldFulfilled(UUID.randomUUID(),
                    bookId, patronId, "P-1", "FULFILLED", null, null, null, null));
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from inbox where event_id = ?")
                    .param(UUID.fromString(tree(marker))).query(Long.class).single() == 1);
        }
        assertThat(to(email)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from notice where hold_id = ?").param(holdId).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void keepsEachCopysBranchFromTheCatalogueAndTakesItsLocationOnlyWhenItHasNone() throws Exception {
        var events = new Events(kafka);
        UUID bookId = UUID.randomUUID();
        UUID copyId = UUID.randomUUID();
        String key = copyId.toString();
        events.publish(CopyEvent.TOPIC, key, new CopyAdded(copyId, "C-91", bookId, "Adam Bede", "823 ELI",
                "Main / Fiction", null, "book", "east"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "east".equals(branchOfCopy(copyId)));

        events.publish(CopyEvent.TOPIC, key, new CopyMoved(copyId, "C-91", bookId, "823 ELI", "Riverside / Stacks",
                null, "823 ELI", "Main / Fiction", 1, "book", "main"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "main".equals(branchOfCopy(copyId)));
        events.publish(CopyEvent.TOPIC, key, new CopyMoved(copyId, "C-91", bookId, "823 ELI", "Riverside / Stacks",
                null, "823 ELI", "Riverside / Stacks", 2, "book", null));
        await().atMost(Duration.ofSeconds(30)).until(() -> "Riverside".equals(branchOfCopy(copyId)));
    }

    private String branchOfCopy(UUID copyId) {
        return jdbc.sql("select branch from copy_branch where copy_id = ?").param(copyId).query(String.class)
                .optional().orElse(null);
    }

    @Test
    void anOverdueLoanReturnedBeforeItsNoticeIsDueGetsNoOverdueEmailWhileOneStillOutDoes() throws Exception {
        var events = new Events(kafka);
        String email = "borrower-" + UUID.randomUUID() + "@example.org";
        UUID patronId = patron(events, email);
        UUID returnedBook = book(events, "Returned in time");
        UUID keptBook = book(events, "Kept too long");
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        UUID returnedLoan = lend(events, patronId, returnedBook, today);
        UUID keptLoan = lend(events, patronId, keptBook, today);
        UUID copy = jdbc.sql("select copy_id from loan_state where loan_id = ?").param(returnedLoan).query(UUID.class).single();
        events.publish(LoanEvent.TOPIC, copy.toString(), new ItemCheckedIn(returnedLoan, copy, "C-R", returnedBook,
                patronId, clock.instant()));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select returned_at is not null from loan_state where loan_id = ?").param(returnedLoan).query(Boolean.class).single());

        clock.advance(Duration.ofDays(2));

        await().atMost(Duration.ofSeconds(30)).until(() -> to(email).stream().anyMatch(message ->
                subject(message).startsWith("Overdue") && subject(message).contains("Kept too long")));
        assertThat(to(email)).noneMatch(message -> subject(message).startsWith("Overdue")
                && subject(message).contains("Returned in time"));
        assertThat(jdbc.sql("select count(*) from notice where loan_id = ? and kind = 'OVERDUE'").param(returnedLoan)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select level from notice where loan_id = ? and kind = 'OVERDUE'").param(keptLoan)
                .query(Integer.class).list()).containsExactly(1);
    }

    @Test
    void anSmtpServerDownForAWhileDelaysTheMailAndLosesNone() throws Exception {
        var events = new Events(kafka);
        String email = "patient-" + UUID.randomUUID() + "@example.org";
        UUID patronId = patron(events, email);
        UUID bookId = book(events, "Silas Marner");
        smtp.stop();
        List<UUID> holds = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        try {
            for (UUID hold : holds) {
                events.publish(HoldEvent.TOPIC, bookId.toString(), new HoldReadyForPickup(hold, bookId, patronId, "P-2",
                        "READY", UUID.randomUUID(), "C-" + hold, LocalDate.of(2030, 6, 1), "Central"));
            }
            // each tried and refused more than once while the server is down
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                    select count(*) from notice where patron_id = ? and status = 'PENDING' and attempts >= 2
                        and failure is not null""").param(patronId).query(Long.class).single() == holds.size());
        } finally {
            smtp = startSmtp();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> to(email).size() == holds.size());
        assertThat(jdbc.sql("select count(*) from notice where patron_id = ? and status = 'SENT'").param(patronId)
                .query(Long.class).single()).isEqualTo(holds.size());
    }

    @Test
    void aPatronWithoutAnEmailAddressIsOwedThePrintedNoticeAndAnOptedOutKindIsNotSent() throws Exception {
        var events = new Events(kafka);
        UUID withoutEmail = patron(events, null);
        String email = "quiet-" + UUID.randomUUID() + "@example.org";
        UUID optedOut = patron(events, email);
        var http = new HttpJson(port, TestTokens.patron(optedOut));
        var chosen = http.put("/api/notice-preferences/" + optedOut, "{\"emailKinds\":[\"OVERDUE\"]}");
        assertThat(chosen.status()).as(chosen.text()).isEqualTo(200);
        assertThat(http.put("/api/notice-preferences/" + withoutEmail, "{\"emailKinds\":[]}").status())
                .as("another patron's preferences").isEqualTo(403);
        UUID bookId = book(events, "Romola");
        for (UUID patron : List.of(withoutEmail, optedOut)) {
            events.publish(HoldEvent.TOPIC, bookId.toString(), new HoldReadyForPickup(UUID.randomUUID(), bookId, patron,
                    "P-3", "READY", UUID.randomUUID(), "C-3", LocalDate.of(2030, 7, 1), "Central"));
        }
        var staff = new HttpJson(port, TestTokens.librarian());
        await().atMost(Duration.ofSeconds(30)).until(() -> staff.get("/api/notices?patronId=" + optedOut).body().size() == 1
                && "OPTED_OUT".equals(staff.get("/api/notices?patronId=" + optedOut).body().get(0).get("status").asString()));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var printList = staff.get("/api/notices/print-list").body();
            for (var notice : printList) {
                if (notice.get("patronId").asString().equals(withoutEmail.toString())) {
                    return notice.get("subject").asString().contains("Romola");
                }
            }
            return false;
        });
        assertThat(to(email)).isEmpty();
        assertThat(http.get("/api/notices").body().get(0).get("status").asString())
                .as("a patron reads their own log").isEqualTo("OPTED_OUT");
        assertThat(http.get("/api/notices/print-list").status()).isEqualTo(403);
    }

    @Test
    void anAdministratorChangesATemplatePreviewsItAndAStaffMemberResendsANotice() throws Exception {
        var admin = new HttpJson(port, TestTokens.admin());
        var refused = admin.put("/api/notice-templates/HOLD_READY/de", "{\"subject\":\"{{#title}}\",\"body\":\"x\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.firstError()).isEqualTo("subject:template");
        assertThat(admin.put("/api/notice-templates/NO_SUCH_KIND/de", "{\"subject\":\"a\",\"body\":\"b\"}").firstError())
                .isEqualTo("kind:oneOf");
        assertThat(admin.get("/api/notice-templates/HOLD_READY/de").status()).as("nothing kept").isEqualTo(404);

        var preview = admin.post("/api/notice-templates/HOLD_READY/preview",
                "{\"subject\":\"Abholbereit: {{title}}\",\"body\":\"Bis {{pickupBy}} in {{branch}}. {{nothing.class}}\"}");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.field("subject")).isEqualTo("Abholbereit: Middlemarch");
        assertThat(preview.field("body")).isEqualTo("Bis 2026-03-09 in Central. ");
        assertThat(admin.put("/api/notice-templates/HOLD_READY/de",
                "{\"subject\":\"Abholbereit: {{title}}\",\"body\":\"Bis {{pickupBy}} in {{branch}}.\"}").status()).isEqualTo(200);
        assertThat(new HttpJson(port, TestTokens.librarian()).get("/api/notice-templates").status()).isEqualTo(403);

        var events = new Events(kafka);
        String email = "leser-" + UUID.randomUUID() + "@example.org";
        UUID patronId = patron(events, email);
        var patron = new HttpJson(port, TestTokens.patron(patronId));
        assertThat(patron.put("/api/notice-preferences/" + patronId,
                "{\"emailKinds\":[\"HOLD_READY\"],\"language\":\"de\"}").status()).isEqualTo(200);
        assertThat(patron.put("/api/notice-preferences/" + patronId, "{\"emailKinds\":[\"HOLD_READY\"],\"language\":\"Deutsch\"}")
                .firstError()).isEqualTo("language:Pattern");
        UUID bookId = book(events, "Felix Holt");
        events.publish(HoldEvent.TOPIC, bookId.toString(), new HoldReadyForPickup(UUID.randomUUID(), bookId, patronId,
                "P-4", "READY", UUID.randomUUID(), "C-4", LocalDate.of(2030, 8, 1), "Altstadt"));
        await().atMost(Duration.ofSeconds(30)).until(() -> to(email).size() == 1);
        assertThat(subject(to(email).getFirst())).isEqualTo("Abholbereit: Felix Holt");

        var staff = new HttpJson(port, TestTokens.librarian());
        String noticeId = staff.get("/api/notices?patronId=" + patronId).body().get(0).get("id").asString();
        assertThat(patron.post("/api/notices/" + noticeId + "/resend", "{}").status()).isEqualTo(403);
        assertThat(staff.post("/api/notices/" + noticeId + "/resend", "{}").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> to(email).size() == 2);
        assertThat(staff.post("/api/notices/" + UUID.randomUUID() + "/resend", "{}").status()).isEqualTo(404);
    }

    private UUID patron(Events events, String email) throws Exception {
        UUID patronId = UUID.randomUUID();
        events.publish(PatronEvent.TOPIC, patronId.toString(), new PatronRegistered(patronId, "P-" + patronId,
                "Maggie Tulliver", email, "ADULT", LocalDate.of(2031, 1, 1), "ACTIVE", null));
        return patronId;
    }

    private UUID book(Events events, String title) throws Exception {
        UUID bookId = UUID.randomUUID();
        events.publish(BookEvent.TOPIC, bookId.toString(), new BookAdded(bookId, title, null, List.of("George Eliot"),
                null, null, null, "en", List.of(), null, 1, null, List.of(), List.of(), null));
        return bookId;
    }

    private UUID lend(Events events, UUID patronId, UUID bookId, LocalDate due) throws Exception {
        UUID loanId = UUID.randomUUID();
        UUID copyId = UUID.randomUUID();
        events.publish(LoanEvent.TOPIC, copyId.toString(), new ItemCheckedOut(loanId, copyId, "C-" + loanId, bookId,
                patronId, "P-" + patronId, clock.instant(), due));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from loan_state where loan_id = ?")
                .param(loanId).query(Long.class).single() == 1);
        return loanId;
    }

    private ConfigurableApplicationContext secondInstance() {
        // as arguments: they outrank application.yml, as the launcher's environment does
        return new SpringApplicationBuilder(NotificationsApplication.class).run(
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--spring.kafka.bootstrap-servers=" + environment.getProperty("spring.kafka.bootstrap-servers"),
                "--shelfwise.security.jwks-uri=" + environment.getProperty("shelfwise.security.jwks-uri"),
                "--shelfwise.security.issuer=" + environment.getProperty("shelfwise.security.issuer"),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SMTP_PORT, "--server.port=0",
                "--shelfwise.notices.delivery.poll-interval=100ms");
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }

    private static String tree(String envelope) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(envelope).get("id").asString();
    }

    private static GreenMail startSmtp() {
        var server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
