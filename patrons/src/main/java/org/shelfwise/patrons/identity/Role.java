package org.shelfwise.patrons.identity;

/** What a signed-in user may do: a patron acts on their own data, staff on the library's. */
public enum Role {
    PATRON, LIBRARIAN, ADMIN
}
