package org.shelfwise.notifications.delivery;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;
import org.shelfwise.notifications.notices.NoticeKind;
import org.shelfwise.notifications.templates.Templates;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Just before sending, a notice is checked against the current state, and SMTP refusals part into kinds. */
class CompositionTest {

    static final UUID COPY = UUID.randomUUID();
    static final LocalDate DUE = LocalDate.of(2030, 3, 1);
    final Templates.Choice templates = new Templates.Choice(Map.of(
            "OVERDUE/en", Templates.compile("Overdue: {{title}}", "due {{dueDate}}"),
            "HOLD_READY/en", Templates.compile("Ready: {{title}}", "at {{branch}} by {{pickupBy}}")), "en");

    @Test
    void aLoanReturnedOrRenewedMeanwhileGetsNoOverdueNotice() {
        assertThat(Composition.decide(loan(NoticeKind.OVERDUE, DUE, true), templates)).isInstanceOf(Composition.Stale.class);
        assertThat(Composition.decide(loan(NoticeKind.OVERDUE, DUE.plusDays(14), false), templates))
                .isEqualTo(new Composition.Stale("the loan is now due on 2030-03-15"));
        assertThat(Composition.decide(loan(NoticeKind.OVERDUE, DUE, false), templates))
                .isEqualTo(new Composition.Email("a@example.org", new Templates.Rendered("Overdue: Adam Bede", "due 2030-03-01")));
    }

    @Test
    void aHoldCollectedOrGivenAnotherCopyGetsNoReadyNotice() {
        assertThat(Composition.decide(hold("FULFILLED", COPY), templates)).isEqualTo(new Composition.Stale("the hold is FULFILLED"));
        assertThat(Composition.decide(hold("READY", UUID.randomUUID()), templates)).isInstanceOf(Composition.Stale.class);
        assertThat(Composition.decide(hold("READY", COPY), templates)).isEqualTo(new Composition.Email("a@example.org",
                new Templates.Rendered("Ready: Adam Bede", "at Central by 2030-02-01")));
    }

    @Test
    void aServersRefusalOfTheRecipientIsForGoodAndAnythingElseIsTriedAgain() throws Exception {
        var refused = new MessagingException("could not send", new SMTPAddressFailedException(
                new InternetAddress("gone@example.org"), "RCPT TO", 550, "550 5.1.1 No such user"));
        assertThat(SmtpFailures.permanent(refused)).contains("550 5.1.1 No such user");
        var busy = new SMTPAddressFailedException(new InternetAddress("busy@example.org"), "RCPT TO", 452,
                "452 4.2.2 Mailbox full");
        assertThat(SmtpFailures.permanent(busy)).isEmpty();
        assertThat(SmtpFailures.permanent(new MessagingException("connect failed", new java.net.ConnectException())))
                .isEmpty();
    }

    private static Claimed loan(NoticeKind kind, LocalDate loanDue, boolean returned) {
        return new Claimed(UUID.randomUUID(), kind, UUID.randomUUID(), null, DUE, 1, null, 1, Instant.now(), null, null,
                null, null, null, "C-1", loanDue, true, returned, "Adam Bede", true, "a@example.org", "Hetty", "P-1", null,
                null, null);
    }

    private static Claimed hold(String status, UUID heldCopy) {
        return hold(status, heldCopy, Set.of("HOLD_READY"), Set.of());
    }

    private static Claimed hold(String status, UUID heldCopy, Set<String> emailKinds, Set<String> digestKinds) {
        return new Claimed(UUID.randomUUID(), NoticeKind.HOLD_READY, UUID.randomUUID(), COPY, null, null, null, 1,
                Instant.now(), null, status, heldCopy, LocalDate.of(2030, 2, 1), "Central", "C-1", null, false, false,
                "Adam Bede", true, "a@example.org", "Hetty", "P-1", emailKinds, digestKinds, null);
    }

    private static Claimed digest() {
        return new Claimed(UUID.randomUUID(), NoticeKind.DIGEST, UUID.randomUUID(), null, null, null, null, 1,
                Instant.parse("2030-02-01T18:00:05Z"), null, null, null, null, null, null, null, false, false, null,
                true, "a@example.org", "Hetty", "P-1", Set.of(), Set.of("HOLD_READY"), null);
    }

    @Test
    void aKindChosenForTheDigestIsHeldAndTheDigestLeavesOutWhatIsNoLongerTrue() {
        var digestTemplates = new Templates.Choice(Map.of(
                "HOLD_READY/en", Templates.compile("Ready: {{title}}", "at {{branch}}"),
                "DIGEST/en", Templates.compile("Notices of {{date}}", "{{count}}:{{#notices}} [{{subject}}]{{/notices}}")), "en");
        var ready = hold("READY", COPY, Set.of(), Set.of("HOLD_READY"));
        assertThat(Composition.decide(ready, digestTemplates)).isEqualTo(new Composition.Held());
        assertThat(Composition.decide(hold("FULFILLED", COPY, Set.of(), Set.of("HOLD_READY")), digestTemplates))
                .as("a stale one is not even held").isInstanceOf(Composition.Stale.class);

        var collected = hold("FULFILLED", COPY, Set.of(), Set.of("HOLD_READY"));
        var decided = Composition.decideDigest(digest(), List.of(ready, collected), digestTemplates, ZoneOffset.UTC);
        assertThat(decided.digest()).isEqualTo(new Composition.Email("a@example.org",
                new Templates.Rendered("Notices of 2030-02-01", "1: [Ready: Adam Bede]")));
        assertThat(decided.included()).containsOnlyKeys(ready.id());
        assertThat(decided.leftOut()).containsEntry(collected.id(), "the hold is FULFILLED");

        var nothingLeft = Composition.decideDigest(digest(), List.of(collected), digestTemplates, ZoneOffset.UTC);
        assertThat(nothingLeft.digest()).isInstanceOf(Composition.Stale.class);
        assertThat(nothingLeft.included()).isEmpty();
    }
}
