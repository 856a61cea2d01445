package org.shelfwise.sip.kiosk;

import org.shelfwise.sip.protocol.Message;
import org.shelfwise.sip.terminals.Terminal;

/**
 * One message being answered: from which terminal, on which connection, and the idempotency key of the writes it
 * causes (the same for the same message sent again).
 */
record Visit(Terminal terminal, Session session, Message message, String key) {

    /** The key of one of several writes the message causes (renew all, a fee spread over fines). */
    String key(String part) {
        return key + "-" + part;
    }
}
