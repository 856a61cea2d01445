package org.shelfwise.notifications.delivery;

import org.shelfwise.notifications.notices.NoticeKind;
import org.shelfwise.notifications.templates.Templates;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What to do with a claimed notice, decided just before it would be sent, from the current state: never stale
 * (a hold collected, cancelled or given another copy, a loan returned or renewed to another due date: not sent),
 * never to a patron who chose not to get its kind, held for the daily digest when the patron chose that, on paper
 * for a patron without an email address.
 */
final class Composition {

    private Composition() {
    }

    /** The decision about one notice. */
    sealed interface Decision {
    }

    /** No longer true: {@code why} goes into the log. */
    record Stale(String why) implements Decision {
    }

    /** The patron event has not arrived yet: try again later. */
    record RecipientUnknown() implements Decision {
    }

    record OptedOut() implements Decision {
    }

    /** The patron gets this kind in their daily digest: held for it, and checked again when it goes. */
    record Held() implements Decision {
    }

    /** No template for its kind in any language: nothing can be sent until an administrator adds one. */
    record NoTemplate() implements Decision {
    }

    record Print(Templates.Rendered text) implements Decision {
    }

    record Email(String to, Templates.Rendered text) implements Decision {
    }

    static Decision decide(Claimed notice, Templates.Choice templates) {
        Optional<String> stale = staleness(notice);
        if (stale.isPresent()) {
            return new Stale(stale.get());
        }
        if (!notice.recipientKnown()) {
            return new RecipientUnknown();
        }
        if (notice.email() != null && notice.digestKinds() != null
                && notice.digestKinds().contains(notice.kind().name())) {
            return new Held();
        }
        if (notice.emailKinds() != null && !notice.emailKinds().contains(notice.kind().name()) && notice.email() != null) {
            return new OptedOut();
        }
        var template = templates.of(notice.kind(), notice.language());
        if (template.isEmpty()) {
            return new NoTemplate();
        }
        var text = template.get().render(variables(notice));
        return notice.email() == null ? new Print(text) : new Email(notice.email(), text);
    }

    /**
     * A digest as decided, and what became of each notice held for it: {@code included} (rendered, in the order
     * they were owed) or {@code leftOut} (no longer true, with why).
     */
    record DigestDecision(Decision digest, Map<UUID, Templates.Rendered> included, Map<UUID, String> leftOut) {
    }

    /**
     * Decides a digest from the notices held for it, each checked against the current state just before it would
     * go: those no longer true are left out; a digest with nothing left is not sent.
     */
    static DigestDecision decideDigest(Claimed digest, List<Claimed> held, Templates.Choice templates, ZoneId zone) {
        var included = new LinkedHashMap<UUID, Templates.Rendered>();
        var leftOut = new LinkedHashMap<UUID, String>();
        for (Claimed notice : held) {
            Optional<String> stale = staleness(notice);
            var template = templates.of(notice.kind(), notice.language());
            if (stale.isPresent()) {
                leftOut.put(notice.id(), stale.get());
            } else if (template.isEmpty()) {
                leftOut.put(notice.id(), "no template for " + notice.kind());
            } else {
                included.put(notice.id(), template.get().render(variables(notice)));
            }
        }
        if (!digest.recipientKnown()) {
            return new DigestDecision(new RecipientUnknown(), Map.of(), leftOut);
        }
        if (included.isEmpty()) {
            return new DigestDecision(new Stale("nothing left to send in the digest"), Map.of(), leftOut);
        }
        var template = templates.of(NoticeKind.DIGEST, digest.language());
        if (template.isEmpty()) {
            return new DigestDecision(new NoTemplate(), Map.of(), leftOut);
        }
        Map<String, Object> variables = new HashMap<>(variables(digest));
        variables.put("date", LocalDate.ofInstant(digest.createdAt(), zone).toString());
        variables.put("count", String.valueOf(included.size()));
        variables.put("notices", included.values().stream()
                .map(text -> Map.of("subject", text.subject(), "body", text.body())).toList());
        var text = template.get().render(variables);
        return new DigestDecision(digest.email() == null ? new Print(text) : new Email(digest.email(), text),
                included, leftOut);
    }

    private static Optional<String> staleness(Claimed notice) {
        return Optional.ofNullable(switch (notice.kind()) {
            case HOLD_READY -> !"READY".equals(notice.holdStatus()) ? "the hold is " + notice.holdStatus()
                    : notice.copyId() != null && !notice.copyId().equals(notice.holdCopyId()) ? "another copy is kept for the hold" : null;
            case HOLD_EXPIRED -> "EXPIRED".equals(notice.holdStatus()) ? null : "the hold is " + notice.holdStatus();
            case HOLD_CANCELLED -> "CANCELLED".equals(notice.holdStatus()) ? null : "the hold is " + notice.holdStatus();
            case DUE_SOON, OVERDUE -> !notice.loanKnown() ? "the loan is not known"
                    : notice.loanReturned() ? "the loan was returned"
                    : !notice.loanDueDate().equals(notice.dueDate()) ? "the loan is now due on " + notice.loanDueDate() : null;
            case CHECKOUT_RECEIPT, FINE_CHARGED, DIGEST -> null;
        });
    }

    /** The variables a template sees: plain strings only. */
    static Map<String, String> variables(Claimed notice) {
        var variables = new HashMap<String, String>();
        put(variables, "kind", notice.kind().name());
        put(variables, "patronName", notice.patronName());
        put(variables, "patronBarcode", notice.patronBarcode());
        put(variables, "title", notice.title() != null ? notice.title() : notice.itemBarcode());
        put(variables, "itemBarcode", notice.itemBarcode());
        put(variables, "branch", notice.branch());
        put(variables, "pickupBy", notice.pickupBy());
        put(variables, "dueDate", notice.loanDueDate() != null ? notice.loanDueDate() : notice.dueDate());
        put(variables, "level", notice.level());
        put(variables, "amount", notice.amount() == null ? null : notice.amount().toPlainString());
        return variables;
    }

    private static void put(Map<String, String> variables, String name, Object value) {
        if (value != null) {
            variables.put(name, value.toString());
        }
    }
}
