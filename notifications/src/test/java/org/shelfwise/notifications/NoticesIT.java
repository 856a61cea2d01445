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
import org.shelfwise.events.circulation.HoldCancelled;
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
import java.util.ArrayList;
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
        "shelfwise.notices.reminders-interval=300ms",
        // the digests go out at 03:00 UTC; only the digest test moves the clock past it
        "shelfwise.notices.digest.time=03:00",
        "shelfwise.notices.digest.check-interval=300ms"})
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class NoticesIT {

    static final int SMTP_PORT = freePort();
    static volatile GreenMail smtp = startSmtp();
    static final PatronsService patronsService = new PatronsService();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("shelfwise.notices.patrons.url", patronsService::url);
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
        patronsService.stop();
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
    void aPreferenceForAPatronNotReplicatedYetIsKeptWhenThePatronsServiceKnowsThemRefusedWhenItDoesNot()
            throws Exception {
        // registered with the patrons service a moment ago; its event has not arrived here
        UUID registered = UUID.randomUUID();
        patronsService.register(registered);
        String token = TestTokens.patron(registered);
        var patron = new HttpJson(port, token);
        var kept = patron.put("/api/notice-preferences/" + registered, "{\"emailKinds\":[\"HOLD_READY\"]}");
        assertThat(kept.status()).as(kept.text()).isEqualTo(200);
        assertThat(patronsService.authorizations).as("asked with the caller's own token").contains("Bearer " + token);
        assertThat(patron.get("/api/notice-preferences/" + registered).body().get("emailKinds").toString())
                .isEqualTo("[\"HOLD_READY\"]");

        var staff = new HttpJson(port, TestTokens.librarian());
        UUID nobody = UUID.randomUUID();
        var refused = staff.put("/api/notice-preferences/" + nobody, "{\"emailKinds\":[]}");
        assertThat(refused.status()).as(refused.text()).isEqualTo(404);
        assertThat(preferencesOf(nobody)).isZero();

        UUID unknownHere = UUID.randomUUID();
        patronsService.register(unknownHere);
        patronsService.stop();
        try {
            var unavailable = staff.put("/api/notice-preferences/" + unknownHere, "{\"emailKinds\":[]}");
            assertThat(unavailable.status()).as(unavailable.text()).isEqualTo(503);
            assertThat(unavailable.field("type")).isEqualTo("urn:shelfwise:problem:patrons-unavailable");
            assertThat(preferencesOf(unknownHere)).isZero();
            // a patron the replica knows needs no call
            var events = new Events(kafka);
            UUID replicated = patron(events, "known-" + UUID.randomUUID() + "@example.org");
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from recipient where patron_id = ?")
                    .param(replicated).query(Long.class).single() == 1);
            assertThat(staff.put("/api/notice-preferences/" + replicated, "{\"emailKinds\":[]}").status()).isEqualTo(200);
        } finally {
            patronsService.start();
        }
    }

    private long preferencesOf(UUID patronId) {
        return jdbc.sql("select count(*) from notice_preference where patron_id = ?").param(patronId)
                .query(Long.class).single();
    }

    @Test
    void aHoldCancelledByTheLibraryIsNoticedAndOneThePatronCancelledThemselfIsNot() throws Exception {
        var events = new Events(kafka);
        String email = "cancelled-" + UUID.randomUUID() + "@example.org";
        UUID patronId = patron(events, email);
        UUID bookId = book(events, "Adam Bede");
        UUID byPatron = UUID.randomUUID();
        UUID byStaff = UUID.randomUUID();
        events.publish(HoldEvent.TOPIC, bookId.toString(), new HoldCancelled(byPatron, bookId, patronId, "P-5",
                "CANCELLED", null, null, null, null, HoldCancelled.BY_PATRON));
        events.publish(HoldEvent.TOPIC, bookId.toString(), new HoldCancelled(byStaff, bookId, patronId, "P-5",
                "CANCELLED", null, null, null, null, HoldCancelled.BY_STAFF));

        await().atMost(Duration.ofSeconds(30)).until(() -> to(email).size() == 1);
        assertThat(subject(to(email).getFirst())).contains("cancelled").contains("Adam Bede");
        assertThat(jdbc.sql("select count(*) from notice where hold_id = ?").param(byPatron).query(Long.class).single())
                .as("no notice owed for the patron's own cancellation").isZero();
        assertThat(jdbc.sql("select status from hold_state where hold_id = ?").param(byPatron).query(String.class).single())
                .isEqualTo("CANCELLED");
    }

    @Test
    void eachLoanIsRemindedByItsOwnPolicysNoticeDaysAndByTheServicesDefaultsWhenItsPolicyHasNone() throws Exception {
        var events = new Events(kafka);
        UUID patronId = patron(events, "policy-" + UUID.randomUUID() + "@example.org");
        UUID bookId = book(events, "Daniel Deronda");
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        UUID byDefault = lend(events, patronId, bookId, today.plusDays(5));
        UUID yesterdayByDefault = lend(events, patronId, bookId, today.minusDays(1));
        UUID yesterdayLater = lend(events, patronId, bookId, today.minusDays(1), null, List.of(2, 5));
        UUID longAgo = lend(events, patronId, bookId, today.minusDays(6), null, List.of(2, 5));
        UUID never = lend(events, patronId, bookId, today.minusDays(20), null, List.of());
        UUID earlier = lend(events, patronId, bookId, today.plusDays(5), 5, null);

        // the run that owed the last loan's notice saw every loan before it
        await().atMost(Duration.ofSeconds(30)).until(() -> !kinds(earlier).isEmpty());
        assertThat(kinds(earlier)).containsExactly("DUE_SOON:null");
        assertThat(kinds(byDefault)).as("due in 5 days, the default is 3").isEmpty();
        assertThat(kinds(yesterdayByDefault)).containsExactly("OVERDUE:1");
        assertThat(kinds(yesterdayLater)).as("its first notice comes 2 days after").isEmpty();
        assertThat(kinds(longAgo)).as("only the highest level reached").containsExactly("OVERDUE:2");
        assertThat(kinds(never)).as("a policy without overdue notices").isEmpty();
    }

    private List<String> kinds(UUID loanId) {
        return jdbc.sql("select kind || ':' || coalesce(level::text, 'null') from notice where loan_id = ? order by level")
                .param(loanId).query(String.class).list();
    }

    @Test
    void theDailyDigestGathersAPatronsNoticesIntoOneEmailOnceLeavingOutThoseNoLongerTrue() throws Exception {
        var events = new Events(kafka);
        String both = "digest-both-" + UUID.randomUUID() + "@example.org";
        String oneLeft = "digest-one-" + UUID.randomUUID() + "@example.org";
        String noneLeft = "digest-none-" + UUID.randomUUID() + "@example.org";
        List<UUID> patrons = List.of(patron(events, both), patron(events, oneLeft), patron(events, noneLeft));
        var staff = new HttpJson(port, TestTokens.librarian());
        for (UUID patron : patrons) {
            var chosen = staff.put("/api/notice-preferences/" + patron, "{\"emailKinds\":[],\"digestKinds\":[\"HOLD_READY\"]}");
            assertThat(chosen.status()).as(chosen.text()).isEqualTo(200);
        }
        assertThat(staff.put("/api/notice-preferences/" + patrons.get(0),
                "{\"emailKinds\":[\"HOLD_READY\"],\"digestKinds\":[\"HOLD_READY\"]}").firstError()).isEqualTo("digestKinds:disjoint");
        assertThat(staff.put("/api/notice-preferences/" + patrons.get(0), "{\"emailKinds\":[\"DIGEST\"]}").firstError())
                .isEqualTo("emailKinds:choosable");
        assertThat(staff.get("/api/notice-preferences/" + patrons.get(0)).body().get("digestKinds").toString())
                .as("nothing changed by a refusal").isEqualTo("[\"HOLD_READY\"]");

        UUID scenes = book(events, "Scenes of Clerical Life");
        UUID veil = book(events, "The Lifted Veil");
        var holds = new ArrayList<UUID>();
        for (UUID patron : patrons.subList(0, 2)) {
            for (UUID book : List.of(scenes, veil)) {
                holds.add(ready(events, book, patron));
            }
        }
        UUID onlyHold = ready(events, veil, patrons.get(2));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from notice where patron_id = any(cast(? as uuid[])) and status = 'DIGEST'")
                .param(patrons.stream().map(UUID::toString).toArray(String[]::new)).query(Long.class).single() == 5);
        // collected before the digest goes: no longer true
        for (UUID collected : List.of(holds.get(3), onlyHold)) {
            UUID patron = collected.equals(onlyHold) ? patrons.get(2) : patrons.get(1);
            events.publish(HoldEvent.TOPIC, veil.toString(), new HoldFulfilled(collected, veil, patron, "P-6",
                    "FULFILLED", null, null, null, null));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from hold_state where hold_id in (?, ?) and status = 'FULFILLED'")
                .params(holds.get(3), onlyHold).query(Long.class).single() == 2);
        assertThat(to(both)).as("nothing before the digest's time").isEmpty();

        var now = clock.instant().atZone(ZoneOffset.UTC);
        var digestTime = now.toLocalDate().atTime(3, 0).atZone(ZoneOffset.UTC);
        clock.advance(Duration.between(now, now.isBefore(digestTime) ? digestTime : digestTime.plusDays(1)).plusMinutes(1));

        await().atMost(Duration.ofSeconds(30)).until(() -> to(both).size() == 1 && to(oneLeft).size() == 1);
        assertThat(subject(to(both).getFirst())).startsWith("Your library notices of");
        assertThat(body(to(both).getFirst())).contains("Scenes of Clerical Life").contains("The Lifted Veil");
        assertThat(body(to(oneLeft).getFirst())).contains("Scenes of Clerical Life").doesNotContain("The Lifted Veil");
        // however often the digest work runs again, on whichever instance: one digest per patron and day
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                to(both).size() == 1 && to(oneLeft).size() == 1 && to(noneLeft).isEmpty());
        assertThat(statusOf(holds.get(0))).isEqualTo("SENT");
        assertThat(statusOf(holds.get(3))).isEqualTo("STALE");
        assertThat(jdbc.sql("select status from notice where kind = 'DIGEST' and patron_id = ?").param(patrons.get(2))
                .query(String.class).list()).as("a digest with nothing left is not sent").containsExactly("STALE");
        assertThat(jdbc.sql("select count(*) from notice where kind = 'DIGEST' and patron_id = ?").param(patrons.get(0))
                .query(Long.class).single()).isEqualTo(1);

        var admin = new HttpJson(port, TestTokens.admin());
        var preview = admin.post("/api/notice-templates/DIGEST/en/preview", "{}");
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        assertThat(preview.field("body")).contains("Middlemarch").contains("Persuasion");
    }

    private UUID ready(Events events, UUID bookId, UUID patronId) throws Exception {
        UUID holdId = UUID.randomUUID();
        events.publish(HoldEvent.TOPIC, bookId.toString(), new HoldReadyForPickup(holdId, bookId, patronId, "P-6",
                "READY", UUID.randomUUID(), "C-" + holdId, LocalDate.of(2030, 9, 1), "Central"));
        return holdId;
    }

    private String statusOf(UUID holdId) {
        return jdbc.sql("select status from notice where hold_id = ?").param(holdId).query(String.class).single();
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

    /** A patron registered with the patrons service, whose event is on its way here. */
    private UUID patron(Events events, String email) throws Exception {
        UUID patronId = UUID.randomUUID();
        patronsService.register(patronId);
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
        return lend(events, patronId, bookId, due, null, null);
    }

    /** A loan under a policy with these notice settings (null: the service's defaults). */
    private UUID lend(Events events, UUID patronId, UUID bookId, LocalDate due, Integer dueSoonDays,
                      List<Integer> overdueNoticeDays) throws Exception {
        UUID loanId = UUID.randomUUID();
        UUID copyId = UUID.randomUUID();
        events.publish(LoanEvent.TOPIC, copyId.toString(), new ItemCheckedOut(loanId, copyId, "C-" + loanId, bookId,
                patronId, "P-" + patronId, clock.instant(), due, dueSoonDays, overdueNoticeDays));
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
