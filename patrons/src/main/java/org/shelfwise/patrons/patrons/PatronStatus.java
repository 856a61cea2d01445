package org.shelfwise.patrons.patrons;

/** Whether a patron may use the library. Blocks and expiry come with patron categories. */
enum PatronStatus {
    ACTIVE
}
