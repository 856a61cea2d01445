package org.shelfwise.sip.kiosk;

import org.shelfwise.sip.library.LibraryProblem;
import org.shelfwise.sip.protocol.Command;
import org.shelfwise.sip.protocol.Message;
import org.shelfwise.sip.protocol.Response;
import org.shelfwise.sip.terminals.Terminal;
import org.shelfwise.sip.terminals.Terminals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Answers a kiosk's message: login and status itself, patron and item messages through the desks. Every message
 * but login needs a terminal logged in (and still enabled) on the connection; a refusal of the library system
 * becomes the command's refusal with the reason in words on the screen.
 */
@Component
public class Kiosk {

    private static final Logger log = LoggerFactory.getLogger(Kiosk.class);

    private final Terminals terminals;
    private final Answers answers;
    private final PatronDesk patrons;
    private final ItemDesk items;
    private final FeeDesk fees;

    Kiosk(Terminals terminals, Answers answers, PatronDesk patrons, ItemDesk items, FeeDesk fees) {
        this.terminals = terminals;
        this.answers = answers;
        this.patrons = patrons;
        this.items = items;
        this.fees = fees;
    }

    /** The answer to a well-formed message; {@code raw} is the message as sent, for its idempotency key. */
    public Response answer(Command command, Message message, Session session, byte[] raw) {
        try {
            return command == Command.LOGIN ? login(message, session) : transaction(command, message, session, raw);
        } catch (RuntimeException failed) {
            // the terminal accounts' database, say, did not answer: the kiosk is told, the connection goes on
            log.warn("Could not answer {}", command, failed);
            return answers.refusal(command, message, "The library system could not answer. Please ask at the desk.");
        }
    }

    private Response transaction(Command command, Message message, Session session, byte[] raw) {
        var terminal = session.terminal().flatMap(logged -> terminals.find(logged.id())).filter(Terminal::enabled);
        if (terminal.isEmpty()) {
            session.loggedOut();
            return answers.refusal(command, message, "This terminal is not logged in: send a login (93) first.");
        }
        var visit = new Visit(terminal.get(), session, message, IdempotencyKeys.of(terminal.get(), raw));
        try {
            return switch (command) {
                case SC_STATUS -> status(terminal.get());
                case PATRON_STATUS -> patrons.status(visit);
                case PATRON_INFORMATION -> patrons.information(visit);
                case END_PATRON_SESSION -> patrons.end(visit);
                case CHECKOUT -> items.checkOut(visit);
                case CHECKIN -> items.checkIn(visit);
                case RENEW -> items.renew(visit);
                case RENEW_ALL -> items.renewAll(visit);
                case ITEM_INFORMATION -> items.information(visit);
                case FEE_PAID -> fees.pay(visit);
                case LOGIN, REQUEST_ACS_RESEND -> throw new IllegalStateException(command + " is answered elsewhere");
            };
        } catch (LibraryProblem refused) {
            return answers.refusal(command, message, refused.words());
        } catch (RuntimeException failed) {
            log.warn("Could not answer {} from terminal {}", command, terminal.get().login(), failed);
            return answers.refusal(command, message, "The library system could not answer. Please ask at the desk.");
        }
    }

    /** The refusal of a message that could not be read as its command's fields. */
    public Response refusal(Command command, String why) {
        return answers.refusal(command, null, why);
    }

    private Response login(Message message, Session session) {
        var terminal = terminals.authenticate(message.text("CN"), message.text("CO"));
        terminal.ifPresentOrElse(session::loggedIn, session::loggedOut);
        return Response.of("94").fixed(terminal.isPresent() ? "1" : "0");
    }

    private Response status(Terminal terminal) {
        // patron status, check-out, check-in, (no block), status, resend, login, patron information, end session,
        // fee paid, item information, (no item status update, patron enable, hold), renew, renew all
        String supported = "YYYNYYYYYYYNNNYY";
        return Response.of("98").fixed("Y").fixed("Y").fixed("Y").fixed("Y").fixed("N").fixed("N")
                .fixed("030").fixed("003").fixed(answers.now()).fixed("2.00")
                .field("AO", answers.institution()).field("AM", answers.properties().libraryName())
                .field("BX", supported).field("AN", terminal.location()).field("AF", "");
    }
}
