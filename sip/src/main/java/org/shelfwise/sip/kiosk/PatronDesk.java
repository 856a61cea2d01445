package org.shelfwise.sip.kiosk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.shelfwise.sip.library.Library;
import org.shelfwise.sip.library.LibraryProblem;
import org.shelfwise.sip.protocol.Response;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Patron status (23), patron information (63) with its item lists, end of a patron's session (35). */
@Component
class PatronDesk {

    private final Library library;
    private final Answers answers;

    PatronDesk(Library library, Answers answers) {
        this.library = library;
        this.answers = answers;
    }

    /** The patron a message names, and whether the PIN it carried (if any) is theirs. */
    record Identified(JsonNode patron, Optional<Boolean> pinRight) {

        UUID id() {
            return UUID.fromString(patron.path("id").asString());
        }

        /** Blocked or with an expired card: the kiosk may lend, renew and hold nothing. */
        boolean barred() {
            return !patron.path("status").asString("").equals("ACTIVE");
        }
    }

    /** The patron with the card {@code AA}, checking {@code AD} when sent; empty when no patron has the card. */
    Optional<Identified> identify(Visit visit) {
        String card = visit.message().text("AA");
        if (card.isBlank()) {
            throw new LibraryProblem(400, "missing-field", "The patron's card (AA) is missing.");
        }
        var patron = library.patronByCard(card);
        if (patron.isEmpty()) {
            return Optional.empty();
        }
        var pin = visit.message().field("AD").filter(sent -> !sent.isEmpty());
        return Optional.of(new Identified(patron.get(), pin.map(sent -> pinRight(visit.session(), card, sent))));
    }

    private boolean pinRight(Session session, String card, String pin) {
        if (session.pinChecked(card, pin)) {
            return true;
        }
        boolean right = library.pinMatches(card, pin);
        if (right) {
            session.pinPassed(card, pin);
        }
        return right;
    }

    Response status(Visit visit) {
        var identified = identify(visit);
        if (identified.isEmpty()) {
            return answers.refusal(org.shelfwise.sip.protocol.Command.PATRON_STATUS, visit.message(),
                    "No patron has this card.");
        }
        var who = identified.get();
        var balance = money(library.fines(who.id()).path("balance"));
        var r = Response.of("24").fixed(flags(who)).fixed("000").fixed(answers.now())
                .field("AO", answers.institution()).field("AA", visit.message().text("AA"))
                .field("AE", who.patron().path("name").asString("")).field("BL", "Y");
        who.pinRight().ifPresent(right -> r.field("CQ", right ? "Y" : "N"));
        return r.field("BH", answers.properties().currency()).field("BV", written(balance))
                .field("AF", screen(who));
    }

    Response information(Visit visit) {
        var identified = identify(visit);
        if (identified.isEmpty()) {
            return answers.refusal(org.shelfwise.sip.protocol.Command.PATRON_INFORMATION, visit.message(),
                    "No patron has this card.");
        }
        var who = identified.get();
        var lists = PatronLists.of(library.summary(who.id()), library.fines(who.id()), answers.today());
        var m = visit.message();
        var r = Response.of("64").fixed(flags(who)).fixed("000").fixed(answers.now())
                .count(4, lists.ready().size()).count(4, lists.overdue().size()).count(4, lists.charged().size())
                .count(4, lists.fines().size()).count(4, 0).count(4, lists.waiting().size())
                .field("AO", answers.institution()).field("AA", m.text("AA"))
                .field("AE", who.patron().path("name").asString("")).field("BL", "Y");
        who.pinRight().ifPresent(right -> r.field("CQ", right ? "Y" : "N"));
        r.field("BH", answers.properties().currency()).field("BV", written(lists.balance()));
        String summary = (m.fixed(2) + "          ").substring(0, 10);
        int from = number(m.text("BP"), 1);
        int to = number(m.text("BQ"), from + 49);
        items(r, summary, 0, "AS", lists.ready(), from, to);
        items(r, summary, 1, "AT", lists.overdue(), from, to);
        items(r, summary, 2, "AU", lists.charged(), from, to);
        items(r, summary, 3, "AV", lists.fines(), from, to);
        items(r, summary, 5, "CD", lists.waiting(), from, to);
        var patron = who.patron();
        return r.optional("BD", patron.path("address").asString("")).optional("BE", patron.path("email").asString(""))
                .optional("BF", patron.path("phone").asString("")).field("AF", screen(who));
    }

    Response end(Visit visit) {
        visit.session().endPatronSession(visit.message().text("AA"));
        return Response.of("36").fixed("Y").fixed(answers.now()).field("AO", answers.institution())
                .field("AA", visit.message().text("AA")).field("AF", "Thank you. Your session has ended.");
    }

    /** Charge, renewal, recall and hold privileges denied (the first four flags) when the patron is barred. */
    static String flags(Identified who) {
        return (who.barred() ? "YYYY" : "    ") + " ".repeat(10);
    }

    private static String screen(Identified who) {
        if (who.pinRight().isPresent() && !who.pinRight().get()) {
            return "The PIN is wrong.";
        }
        if (who.barred()) {
            String reason = who.patron().path("blockedReason").asString("");
            return "This card may not borrow now" + (reason.isBlank() ? "" : ": " + reason) + ". Please ask at the desk.";
        }
        return "";
    }

    private static void items(Response r, String summary, int position, String id, List<String> items, int from,
                              int to) {
        if (summary.charAt(position) != 'Y') {
            return;
        }
        for (int i = Math.max(from, 1); i <= Math.min(to, items.size()); i++) {
            r.field(id, items.get(i - 1));
        }
    }

    /** An amount as a kiosk shows it: two decimals. */
    static String written(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** An amount as the API writes it (a JSON number or string); nothing is zero. */
    static BigDecimal money(JsonNode amount) {
        if (amount.isNumber()) {
            return amount.decimalValue();
        }
        return amount.isString() ? new BigDecimal(amount.asString()) : BigDecimal.ZERO;
    }

    private static int number(String text, int fallback) {
        try {
            return text.isBlank() ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }

    /** What a patron has out, waiting and owing, as SIP2's item lists name them. */
    record PatronLists(List<String> charged, List<String> overdue, List<String> ready, List<String> waiting,
                       List<String> fines, BigDecimal balance) {

        static PatronLists of(JsonNode summary, JsonNode fines, LocalDate today) {
            var charged = new ArrayList<String>();
            var overdue = new ArrayList<String>();
            for (JsonNode loan : summary.path("loans")) {
                charged.add(loan.path("itemBarcode").asString());
                String due = loan.path("dueDate").asString("");
                if (!due.isEmpty() && LocalDate.parse(due).isBefore(today)) {
                    overdue.add(loan.path("itemBarcode").asString());
                }
            }
            var ready = new ArrayList<String>();
            var waiting = new ArrayList<String>();
            for (JsonNode hold : summary.path("holds")) {
                String title = hold.path("book").path("title").asString(hold.path("bookId").asString(""));
                if (hold.path("status").asString("").equals("READY")) {
                    ready.add(hold.path("itemBarcode").asString(title));
                } else {
                    waiting.add(title);
                }
            }
            var owed = new ArrayList<String>();
            for (JsonNode fine : fines.path("fines")) {
                var outstanding = outstanding(fine);
                if (outstanding.signum() > 0) {
                    owed.add(fine.path("id").asString() + " " + written(outstanding));
                }
            }
            return new PatronLists(charged, overdue, ready, waiting, owed, money(fines.path("balance")));
        }

        static BigDecimal outstanding(JsonNode fine) {
            return money(fine.path("amount")).subtract(money(fine.path("paid"))).subtract(money(fine.path("waived")));
        }
    }
}
