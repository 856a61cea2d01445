package org.shelfwise.patrons.identity;

import java.util.Set;
import java.util.UUID;

/** Someone who can sign in: a member of staff, or a patron with a password. */
record Account(UUID id, String username, String passwordHash, Set<Role> roles, UUID patronId) {
}
