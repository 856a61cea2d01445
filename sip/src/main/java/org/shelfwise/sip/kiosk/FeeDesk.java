package org.shelfwise.sip.kiosk;

import java.math.BigDecimal;

import org.shelfwise.sip.library.Library;
import org.shelfwise.sip.library.LibraryProblem;
import org.shelfwise.sip.protocol.Response;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Fee paid (37): a payment recorded against the fine the kiosk names ({@code CG}, as patron information lists
 * them), or else against the patron's fines oldest first, each settlement with its own idempotency key.
 */
@Component
class FeeDesk {

    private final Library library;
    private final PatronDesk patrons;
    private final Answers answers;

    FeeDesk(Library library, PatronDesk patrons, Answers answers) {
        this.library = library;
        this.patrons = patrons;
        this.answers = answers;
    }

    Response pay(Visit visit) {
        var m = visit.message();
        BigDecimal amount = amount(m.text("BV"));
        var who = patrons.identify(visit)
                .orElseThrow(() -> new LibraryProblem(404, "unknown-patron", "No patron has this card."));
        var fines = library.fines(who.id()).path("fines");
        String named = m.text("CG").strip();
        BigDecimal left = amount;
        for (int i = fines.size() - 1; i >= 0 && left.signum() > 0; i--) {
            JsonNode fine = fines.get(i);
            String id = fine.path("id").asString();
            var owed = PatronDesk.PatronLists.outstanding(fine);
            if (owed.signum() <= 0 || (!named.isEmpty() && !named.equals(id) && !named.startsWith(id + " "))) {
                continue;
            }
            var part = left.min(owed);
            library.pay(id, part, visit.key(id));
            left = left.subtract(part);
        }
        if (left.compareTo(amount) == 0) {
            throw new LibraryProblem(409, "nothing-owed", named.isEmpty() ? "This card owes nothing."
                    : "This card owes nothing on fee " + named + ".");
        }
        String screen = left.signum() > 0 ? "Paid " + PatronDesk.written(amount.subtract(left)) + "; "
                + PatronDesk.written(left) + " was more than owed and is not taken."
                : "Thank you: " + PatronDesk.written(amount) + " paid.";
        return Response.of("38").fixed("Y").fixed(answers.now()).field("AO", answers.institution())
                .field("AA", m.text("AA")).optional("BK", m.text("BK")).field("AF", screen);
    }

    private static BigDecimal amount(String text) {
        try {
            var amount = new BigDecimal(text.strip());
            if (amount.signum() > 0 && amount.scale() <= 2) {
                return amount;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new LibraryProblem(400, "invalid-amount",
                "The fee amount (BV) must be a positive amount such as 2.50, not '" + text + "'.");
    }
}
