package org.shelfwise.sip.terminals;

import java.time.Instant;
import java.util.UUID;

/**
 * A self-check kiosk that may log in over SIP2.
 *
 * @param login    the {@code CN} it logs in with
 * @param location where it stands, e.g. {@code Main / entrance}; its {@code AN} and {@code AP}
 * @param enabled  a disabled terminal can no longer log in, and its open connections are refused from then on
 */
public record Terminal(UUID id, String login, String location, boolean enabled, Instant createdAt,
                       Instant disabledAt) {
}
