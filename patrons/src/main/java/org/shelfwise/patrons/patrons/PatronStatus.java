package org.shelfwise.patrons.patrons;

/** Whether a patron may use the library: a block (with its reason) or an expired card stops them borrowing. */
enum PatronStatus {
    ACTIVE, EXPIRED, BLOCKED
}
