package org.shelfwise.sip.kiosk;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.shelfwise.sip.terminals.Terminal;

/**
 * The idempotency key of a kiosk's message: a digest of the terminal and the message exactly as sent (its
 * sequence number and transaction date included). A kiosk that lost an answer sends the same message again, so
 * the gateway sees the same key and the write takes effect once; a new transaction differs in its date or number.
 */
final class IdempotencyKeys {

    private IdempotencyKeys() {
    }

    static String of(Terminal terminal, byte[] message) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(terminal.id().toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            digest.update((byte) '\n');
            digest.update(message);
            return "sip-" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
