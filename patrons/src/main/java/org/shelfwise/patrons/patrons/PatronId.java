package org.shelfwise.patrons.patrons;

import java.util.Objects;
import java.util.UUID;

/** Identifies a patron; typed so that it cannot be mixed up with the id of a loan or a copy. */
record PatronId(UUID value) {

    PatronId {
        Objects.requireNonNull(value, "value");
    }

    static PatronId random() {
        return new PatronId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
