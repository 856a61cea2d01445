package org.shelfwise.patrons.patrons;

import java.util.UUID;

/** Published on {@value PatronEvents#TOPIC} when a patron is registered; circulation keeps a replica from it. */
record PatronRegistered(UUID patronId, String barcode, String name, String email, PatronStatus status) {

    static final String TYPE = "PatronRegistered";
}
