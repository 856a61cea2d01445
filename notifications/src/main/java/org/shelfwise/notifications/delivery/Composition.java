package org.shelfwise.notifications.delivery;

import org.shelfwise.notifications.templates.Templates;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What to do with a claimed notice, decided just before it would be sent, from the current state: never stale
 * (a hold collected, cancelled or given another copy, a loan returned or renewed to another due date: not sent),
 * never to a patron who chose not to get its kind, on paper for a patron without an email address.
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

    private static Optional<String> staleness(Claimed notice) {
        return Optional.ofNullable(switch (notice.kind()) {
            case HOLD_READY -> !"READY".equals(notice.holdStatus()) ? "the hold is " + notice.holdStatus()
                    : notice.copyId() != null && !notice.copyId().equals(notice.holdCopyId()) ? "another copy is kept for the hold" : null;
            case HOLD_EXPIRED -> "EXPIRED".equals(notice.holdStatus()) ? null : "the hold is " + notice.holdStatus();
            case HOLD_CANCELLED -> "CANCELLED".equals(notice.holdStatus()) ? null : "the hold is " + notice.holdStatus();
            case DUE_SOON, OVERDUE -> !notice.loanKnown() ? "the loan is not known"
                    : notice.loanReturned() ? "the loan was returned"
                    : !notice.loanDueDate().equals(notice.dueDate()) ? "the loan is now due on " + notice.loanDueDate() : null;
            case CHECKOUT_RECEIPT, FINE_CHARGED -> null;
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
