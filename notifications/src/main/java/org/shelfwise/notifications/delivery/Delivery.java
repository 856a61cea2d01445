package org.shelfwise.notifications.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.shelfwise.notifications.NoticeSettings;
import org.shelfwise.notifications.notices.NoticeKind;
import org.shelfwise.notifications.notices.NoticeStatus;
import org.shelfwise.notifications.templates.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Sends the notices owed, a batch at a time: claims them, decides each from the current state
 * ({@link Composition}), sends the emails over a few SMTP connections at once (each carries many messages), and
 * records every outcome in one round trip. A digest is decided from the notices held for it, each checked again
 * just before it goes, and those it carried are recorded with it. A notice is marked sent only once the server
 * accepted it; an instance that dies in between leaves it claimed, and it is sent again when its lease runs out (the
 * one case where a patron may get a notice twice).
 */
@Component
class Delivery implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Delivery.class);

    private final Claims claims;
    private final Templates templates;
    private final JavaMailSender mail;
    private final NoticeSettings settings;
    private final NoticeSettings.Delivery delivery;
    private final Clock clock;
    private final ExecutorService connections;
    private final TransactionTemplate transaction;

    Delivery(Claims claims, Templates templates, JavaMailSender mail, NoticeSettings settings, Clock clock,
             TransactionTemplate transaction) {
        this.claims = claims;
        this.transaction = transaction;
        this.templates = templates;
        this.mail = mail;
        this.settings = settings;
        this.delivery = settings.delivery();
        this.clock = clock;
        this.connections = Executors.newFixedThreadPool(delivery.connections(),
                Thread.ofPlatform().name("smtp-", 1).daemon().factory());
    }

    @Scheduled(fixedDelayString = "${shelfwise.notices.delivery.poll-interval}")
    void sendOwed() {
        try {
            while (sendBatch() == delivery.batchSize()) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            log.warn("Could not send notices now, trying again shortly: {}", e.toString());
        }
    }

    /** Sends one batch; returns how many notices it claimed. */
    int sendBatch() {
        List<Claimed> claimed = claims.claim(delivery.batchSize(), delivery.lease());
        if (claimed.isEmpty()) {
            return 0;
        }
        var choice = templates.compiledAll(settings.defaultLanguage());
        Map<UUID, List<Claimed>> held = claims.heldFor(claimed.stream()
                        .filter(notice -> notice.kind() == NoticeKind.DIGEST).map(Claimed::id).toList())
                .stream().collect(Collectors.groupingBy(Claimed::digestId));
        var outcomes = new ArrayList<Claims.Outcome>();
        var heldOutcomes = new ArrayList<Claims.Outcome>();
        var digests = new HashMap<UUID, Map<UUID, Templates.Rendered>>();
        var letters = new ArrayList<Letter>();
        Instant now = clock.instant();
        for (Claimed notice : claimed) {
            Composition.Decision decision;
            if (notice.kind() == NoticeKind.DIGEST) {
                var digest = Composition.decideDigest(notice, held.getOrDefault(notice.id(), List.of()), choice,
                        settings.timeZone());
                digest.leftOut().forEach((id, why) -> heldOutcomes.add(new Claims.Outcome(id, NoticeStatus.STALE, null,
                        null, null, null, "not sent: " + why, null)));
                digests.put(notice.id(), digest.included());
                decision = digest.digest();
            } else {
                decision = Composition.decide(notice, choice);
            }
            switch (decision) {
                case Composition.Stale stale -> outcomes.add(outcome(notice, NoticeStatus.STALE, "not sent: " + stale.why()));
                case Composition.OptedOut _ -> outcomes.add(outcome(notice, NoticeStatus.OPTED_OUT, null));
                case Composition.Held _ -> outcomes.add(outcome(notice, NoticeStatus.DIGEST, null));
                case Composition.RecipientUnknown _ -> outcomes.add(retry(notice, "the patron is not known yet", now));
                case Composition.NoTemplate _ -> outcomes.add(retry(notice, "no template for " + notice.kind(), now));
                case Composition.Print print -> outcomes.add(new Claims.Outcome(notice.id(), NoticeStatus.PRINT, null,
                        null, print.text().subject(), print.text().body(), null, null));
                case Composition.Email email -> letters.add(new Letter(notice, email));
            }
        }
        var sending = new ArrayList<CompletableFuture<List<Claims.Outcome>>>();
        for (int from = 0; from < letters.size(); from += delivery.messagesPerConnection()) {
            var part = letters.subList(from, Math.min(letters.size(), from + delivery.messagesPerConnection()));
            sending.add(CompletableFuture.supplyAsync(() -> send(part), connections));
        }
        sending.forEach(part -> outcomes.addAll(part.join()));
        for (var outcome : outcomes) {
            heldOutcomes.addAll(ofIncluded(outcome, digests.getOrDefault(outcome.id(), Map.of())));
        }
        // a digest and the notices it carried are recorded together: none is left held for a digest already sent
        transaction.executeWithoutResult(status -> {
            claims.record(outcomes);
            claims.recordHeld(heldOutcomes);
        });
        return claimed.size();
    }

    /**
     * What became of the notices a digest included: what became of the digest (sent, printed or failed with it);
     * nothing yet while the digest waits for another attempt, so they are checked again then.
     */
    private static List<Claims.Outcome> ofIncluded(Claims.Outcome digest, Map<UUID, Templates.Rendered> included) {
        if (digest.status() != NoticeStatus.SENT && digest.status() != NoticeStatus.PRINT
                && digest.status() != NoticeStatus.FAILED) {
            return List.of();
        }
        return included.entrySet().stream().map(notice -> new Claims.Outcome(notice.getKey(), digest.status(), null,
                digest.recipient(), notice.getValue().subject(), notice.getValue().body(), digest.failure(),
                digest.sentAt())).toList();
    }

    /** A notice to email, as decided. */
    private record Letter(Claimed notice, Composition.Email email) {
    }

    /** Sends these letters over one connection; returns each one's outcome. */
    private List<Claims.Outcome> send(List<Letter> letters) {
        var messages = new IdentityHashMap<MimeMessage, Letter>();
        var outcomes = new ArrayList<Claims.Outcome>();
        for (Letter letter : letters) {
            try {
                messages.put(message(letter), letter);
            } catch (MessagingException | MailException malformed) {
                outcomes.add(failed(letter, SmtpFailures.permanent(malformed).orElse(SmtpFailures.describe(malformed))));
            }
        }
        Map<Object, Exception> failures = Map.of();
        try {
            mail.send(messages.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException partly) {
            failures = partly.getFailedMessages();
            if (failures.isEmpty()) {
                failures = everyOne(messages, partly);
            }
        } catch (MailException notAtAll) {
            failures = everyOne(messages, notAtAll);
        }
        Instant now = clock.instant();
        for (var sent : messages.entrySet()) {
            Letter letter = sent.getValue();
            Exception failure = failures.get(sent.getKey());
            if (failure == null) {
                outcomes.add(new Claims.Outcome(letter.notice().id(), NoticeStatus.SENT, null, letter.email().to(),
                        letter.email().text().subject(), letter.email().text().body(), null, now));
            } else {
                var permanent = SmtpFailures.permanent(failure);
                outcomes.add(permanent.isPresent() ? failed(letter, permanent.get())
                        : retry(letter.notice(), SmtpFailures.describe(failure), now));
            }
        }
        return outcomes;
    }

    private static Map<Object, Exception> everyOne(Map<MimeMessage, Letter> messages, Exception failure) {
        var failures = new IdentityHashMap<Object, Exception>();
        messages.keySet().forEach(message -> failures.put(message, failure));
        return failures;
    }

    private MimeMessage message(Letter letter) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        var helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(letter.email().to());
        helper.setSubject(letter.email().text().subject());
        helper.setText(letter.email().text().body(), false);
        message.setHeader("X-Shelfwise-Notice", letter.notice().id().toString());
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    private static Claims.Outcome outcome(Claimed notice, NoticeStatus status, String why) {
        return new Claims.Outcome(notice.id(), status, null, null, null, null, why, null);
    }

    private static Claims.Outcome failed(Letter letter, String reason) {
        return new Claims.Outcome(letter.notice().id(), NoticeStatus.FAILED, null, letter.email().to(),
                letter.email().text().subject(), letter.email().text().body(), reason, null);
    }

    /** Tried again after a back-off doubling with each attempt, or failed once it has waited too long. */
    private Claims.Outcome retry(Claimed notice, String why, Instant now) {
        if (Duration.between(notice.createdAt(), now).compareTo(delivery.giveUpAfter()) > 0) {
            return new Claims.Outcome(notice.id(), NoticeStatus.FAILED, null, null, null, null,
                    "gave up after " + notice.attempts() + " attempts: " + why, null);
        }
        long wait = delivery.firstRetry().toMillis() << Math.min(20, Math.max(0, notice.attempts() - 1));
        Instant next = now.plusMillis(Math.min(wait, delivery.longestRetry().toMillis()));
        log.debug("Notice {} not sent ({}), next attempt at {}", notice.id(), why, next);
        return new Claims.Outcome(notice.id(), NoticeStatus.PENDING, next, null, null, null, why, null);
    }

    @Override
    public void destroy() {
        connections.shutdownNow();
    }
}
