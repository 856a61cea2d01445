package org.shelfwise.sip.kiosk;

import java.time.Clock;

import org.shelfwise.sip.SipProperties;
import org.shelfwise.sip.protocol.Command;
import org.shelfwise.sip.protocol.Message;
import org.shelfwise.sip.protocol.Response;
import org.shelfwise.sip.protocol.SipDates;
import org.springframework.stereotype.Component;

/**
 * The parts every answer shares (the transaction date, the institution), and each command's refusal: its response
 * with ok = 0 (or the command's equivalent) and the reason on the kiosk's screen ({@code AF}), echoing the patron
 * and item the request named.
 */
@Component
class Answers {

    /** The fourteen patron-status flags, all clear. */
    static final String NO_STATUS_FLAGS = " ".repeat(14);

    private final SipProperties properties;
    private final Clock clock;

    Answers(SipProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    String now() {
        return SipDates.of(clock.instant(), properties.timeZone());
    }

    java.time.LocalDate today() {
        return java.time.LocalDate.now(clock.withZone(properties.timeZone()));
    }

    String institution() {
        return properties.institutionId();
    }

    SipProperties properties() {
        return properties;
    }

    /** The refusal of {@code command}; {@code request} may be null when the message could not be read. */
    Response refusal(Command command, Message request, String why) {
        var r = new Echo(request);
        return switch (command) {
            case LOGIN -> Response.of("94").fixed("0");
            case SC_STATUS -> Response.of("98").fixed("NNNNNN").fixed("000").fixed("000").fixed(now()).fixed("2.00")
                    .field("AO", institution()).field("BX", "N".repeat(16)).field("AF", why);
            case PATRON_STATUS -> Response.of("24").fixed("Y".repeat(4) + " ".repeat(10)).fixed("000").fixed(now())
                    .field("AO", institution()).field("AA", r.get("AA")).field("AE", "").field("BL", "N")
                    .field("AF", why);
            case PATRON_INFORMATION -> Response.of("64").fixed("Y".repeat(4) + " ".repeat(10)).fixed("000")
                    .fixed(now()).fixed("0000".repeat(6)).field("AO", institution()).field("AA", r.get("AA"))
                    .field("AE", "").field("BL", "N").field("AF", why);
            case CHECKOUT -> Response.of("12").fixed("0").fixed("N").fixed("U").fixed("N").fixed(now())
                    .field("AO", institution()).field("AA", r.get("AA")).field("AB", r.get("AB")).field("AJ", "")
                    .field("AH", "").field("AF", why);
            case CHECKIN -> Response.of("10").fixed("0").fixed("N").fixed("U").fixed("Y").fixed(now())
                    .field("AO", institution()).field("AB", r.get("AB")).field("AQ", "").field("AF", why);
            case RENEW -> Response.of("30").fixed("0").fixed("N").fixed("U").fixed("N").fixed(now())
                    .field("AO", institution()).field("AA", r.get("AA")).field("AB", r.get("AB")).field("AJ", "")
                    .field("AH", "").field("AF", why);
            case RENEW_ALL -> Response.of("66").fixed("0").fixed("0000").fixed("0000").fixed(now())
                    .field("AO", institution()).field("AF", why);
            case ITEM_INFORMATION -> Response.of("18").fixed("01").fixed("00").fixed("01").fixed(now())
                    .field("AB", r.get("AB")).field("AJ", "").field("AF", why);
            case FEE_PAID -> Response.of("38").fixed("N").fixed(now()).field("AO", institution())
                    .field("AA", r.get("AA")).optional("BK", r.get("BK")).field("AF", why);
            case END_PATRON_SESSION -> Response.of("36").fixed("N").fixed(now()).field("AO", institution())
                    .field("AA", r.get("AA")).field("AF", why);
            case REQUEST_ACS_RESEND -> Response.of("96");
        };
    }

    /** The request's fields, when there is one to echo. */
    private record Echo(Message request) {
        String get(String id) {
            return request == null ? "" : request.text(id);
        }
    }
}
