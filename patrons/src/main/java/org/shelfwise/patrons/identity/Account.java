package org.shelfwise.patrons.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Someone who can sign in: a member of staff, or a patron with a password. */
record Account(UUID id, String username, String passwordHash, Set<Role> roles, UUID patronId, int failedSignIns,
               Instant lockedUntil) {

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
