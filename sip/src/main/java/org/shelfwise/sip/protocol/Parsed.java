package org.shelfwise.sip.protocol;

import java.util.Optional;

/** What a line from a terminal turned out to be: a message, or one the server cannot take as sent. */
public sealed interface Parsed {

    /** A well-formed message of a known command. */
    record Ok(Command command, Message message) implements Parsed {
    }

    /** The checksum did not match: the terminal is asked to send it again (96). */
    record Garbled(String reason) implements Parsed {
    }

    /**
     * A known command whose fixed or variable fields are not as the specification has them; answered with the
     * command's response refusing it, with the reason on the screen.
     */
    record Malformed(Command command, String reason, Optional<Character> sequence, boolean checked)
            implements Parsed {
    }

    /** A command code this server does not know; the terminal is asked to send it again (96). */
    record Unknown(String code) implements Parsed {
    }
}
