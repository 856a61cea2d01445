package org.shelfwise.sip.kiosk;

import java.util.ArrayList;
import java.util.Optional;

import org.shelfwise.sip.library.Library;
import org.shelfwise.sip.library.LibraryProblem;
import org.shelfwise.sip.protocol.Command;
import org.shelfwise.sip.protocol.Response;
import org.shelfwise.sip.protocol.SipDates;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Check-out (11), check-in (09, with the hold-shelf routing), renew (29), renew all (65) and item information
 * (17), each through circulation's own rules; every write carries the message's idempotency key.
 */
@Component
class ItemDesk {

    private final Library library;
    private final PatronDesk patrons;
    private final Answers answers;

    ItemDesk(Library library, PatronDesk patrons, Answers answers) {
        this.library = library;
        this.patrons = patrons;
        this.answers = answers;
    }

    Response checkOut(Visit visit) {
        var m = visit.message();
        String item = required(m.text("AB"), "The item's barcode (AB) is missing.");
        requirePin(visit);
        JsonNode loan = library.checkOut(item, m.text("AA"), visit.key());
        return Response.of("12").fixed("1").fixed("N").fixed("N").fixed("Y").fixed(answers.now())
                .field("AO", answers.institution()).field("AA", m.text("AA")).field("AB", item)
                .field("AJ", loan.path("title").asString("")).field("AH", due(loan))
                .field("AF", "Due back " + loan.path("dueDate").asString("") + ".");
    }

    Response checkIn(Visit visit) {
        var m = visit.message();
        String item = required(m.text("AB"), "The item's barcode (AB) is missing.");
        JsonNode returned = library.checkIn(item, visit.key());
        JsonNode hold = returned.path("holdShelf");
        boolean onHold = hold.isObject();
        var r = Response.of("10").fixed("1").fixed("Y").fixed("N").flag(onHold).fixed(answers.now())
                .field("AO", answers.institution()).field("AB", item).field("AQ", location(item))
                .field("AJ", returned.path("title").asString(""));
        var screen = new StringBuilder("Thank you.");
        if (onHold) {
            String pickupBy = hold.path("pickupBy").asString("");
            r.field("CL", "HOLD SHELF").field("AA", hold.path("patronBarcode").asString(""))
                    .field("CV", "01");
            screen = new StringBuilder("Put it on the hold shelf for patron ")
                    .append(hold.path("patronBarcode").asString("")).append(", to be picked up by ").append(pickupBy)
                    .append('.');
        }
        JsonNode fine = returned.path("fine");
        if (fine.isObject()) {
            screen.append(" It was returned late: a fine of ").append(PatronDesk.written(PatronDesk.money(fine.path("amount"))))
                    .append(' ').append(answers.properties().currency()).append(" was charged.");
        }
        return r.field("AF", screen.toString()).field("AG", onHold ? screen.toString() : "");
    }

    Response renew(Visit visit) {
        var m = visit.message();
        String item = required(m.text("AB"), "The item's barcode (AB) is missing.");
        var who = requirePin(visit);
        JsonNode loan = null;
        for (JsonNode open : library.openLoans(who.id())) {
            if (open.path("itemBarcode").asString("").equals(item)) {
                loan = open;
            }
        }
        if (loan == null) {
            throw new LibraryProblem(404, "not-on-loan", "This item is not on loan to this card.");
        }
        JsonNode renewed = library.renew(loan.path("id").asString(), visit.key());
        return Response.of("30").fixed("1").fixed("Y").fixed("N").fixed("Y").fixed(answers.now())
                .field("AO", answers.institution()).field("AA", m.text("AA")).field("AB", item)
                .field("AJ", renewed.path("title").asString("")).field("AH", due(renewed))
                .field("AF", "Renewed: due back " + renewed.path("dueDate").asString("") + ".");
    }

    Response renewAll(Visit visit) {
        var who = requirePin(visit);
        var renewed = new ArrayList<String>();
        var refused = new ArrayList<String>();
        var why = new ArrayList<String>();
        for (JsonNode loan : library.openLoans(who.id())) {
            String item = loan.path("itemBarcode").asString("");
            try {
                library.renew(loan.path("id").asString(), visit.key(loan.path("id").asString()));
                renewed.add(item);
            } catch (LibraryProblem refusal) {
                refused.add(item);
                why.add(item + ": " + refusal.words());
            }
        }
        var r = Response.of("66").fixed("1").count(4, renewed.size()).count(4, refused.size()).fixed(answers.now())
                .field("AO", answers.institution());
        renewed.forEach(item -> r.field("BM", item));
        refused.forEach(item -> r.field("BN", item));
        return r.field("AF", renewed.size() + " renewed" + (why.isEmpty() ? "." : "; not renewed: "
                + String.join("; ", why)));
    }

    Response information(Visit visit) {
        var m = visit.message();
        String item = required(m.text("AB"), "The item's barcode (AB) is missing.");
        JsonNode copy;
        try {
            copy = library.copy(item);
        } catch (LibraryProblem unknown) {
            if (unknown.status() == 404 || unknown.status() == 400) {
                return answers.refusal(Command.ITEM_INFORMATION, m, "No item has this barcode.");
            }
            throw unknown;
        }
        String status = copy.path("status").asString("");
        String circulation = switch (status) {
            case "AVAILABLE" -> "03";
            case "ON_LOAN" -> "04";
            case "AWAITING_PICKUP" -> "08";
            default -> "01";
        };
        String title = library.book(copy.path("bookId").asString()).path("title").asString("");
        String location = copy.path("location").asString("");
        var r = Response.of("18").fixed(circulation).fixed("00").fixed("01").fixed(answers.now());
        text(copy, "dueDate").ifPresent(day -> r.field("AH", SipDates.of(java.time.LocalDate.parse(day))));
        text(copy, "pickupBy").ifPresent(day -> r.field("CM", SipDates.of(java.time.LocalDate.parse(day))));
        return r.field("AB", item).field("AJ", title).optional("AQ", location).optional("AP", location)
                .field("AF", "");
    }

    /** The patron named, whose PIN, when sent, must be right. */
    private PatronDesk.Identified requirePin(Visit visit) {
        var who = patrons.identify(visit)
                .orElseThrow(() -> new LibraryProblem(404, "unknown-patron", "No patron has this card."));
        if (who.pinRight().isPresent() && !who.pinRight().get()) {
            throw new LibraryProblem(401, "wrong-pin", "The PIN is wrong.");
        }
        return who;
    }

    private String location(String item) {
        try {
            return library.copy(item).path("location").asString("");
        } catch (LibraryProblem unknown) {
            return "";
        }
    }

    private static String due(JsonNode loan) {
        return text(loan, "dueDate").map(day -> SipDates.of(java.time.LocalDate.parse(day))).orElse("");
    }

    private static Optional<String> text(JsonNode node, String field) {
        String value = node.path(field).asString("");
        return value.isEmpty() || node.path(field).isNull() ? Optional.empty() : Optional.of(value);
    }

    private static String required(String value, String why) {
        if (value.isBlank()) {
            throw new LibraryProblem(400, "missing-field", why);
        }
        return value;
    }
}
