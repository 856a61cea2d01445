package org.shelfwise.sip.kiosk;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.shelfwise.sip.terminals.Terminal;

/**
 * One kiosk connection's state: the terminal logged in on it, the last response (for a resend request), and the
 * PINs checked in the patron session under way, so that a kiosk that sends the PIN with every message costs one
 * check, not one per message.
 */
public final class Session {

    private Terminal terminal;
    private byte[] lastResponse;
    private final Map<String, String> checkedPins = new HashMap<>();

    public Optional<Terminal> terminal() {
        return Optional.ofNullable(terminal);
    }

    void loggedIn(Terminal terminal) {
        this.terminal = terminal;
        checkedPins.clear();
    }

    void loggedOut() {
        this.terminal = null;
        checkedPins.clear();
    }

    /** The last response sent, for a resend request; empty before the first. */
    public Optional<byte[]> lastResponse() {
        return Optional.ofNullable(lastResponse);
    }

    public void sent(byte[] response) {
        this.lastResponse = response;
    }

    boolean pinChecked(String card, String pin) {
        return pin.equals(checkedPins.get(card));
    }

    void pinPassed(String card, String pin) {
        checkedPins.put(card, pin);
    }

    /** The patron's session at the kiosk ended (35): their PIN is asked for again next time. */
    void endPatronSession(String card) {
        checkedPins.remove(card);
    }
}
