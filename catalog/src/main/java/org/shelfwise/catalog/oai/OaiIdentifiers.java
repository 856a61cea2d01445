package org.shelfwise.catalog.oai;

import java.util.UUID;

/** Records' OAI identifiers, {@code oai:<repository identifier>:<book id>} (the OAI identifier scheme). */
record OaiIdentifiers(String repository) {

    String of(UUID bookId) {
        return "oai:" + repository + ":" + bookId;
    }

    /** The book an identifier names; any identifier not of this form names nothing here. */
    UUID parse(String identifier) {
        String prefix = "oai:" + repository + ":";
        if (identifier.startsWith(prefix)) {
            String id = identifier.substring(prefix.length());
            if (id.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
                return UUID.fromString(id);
            }
        }
        throw new OaiError(OaiError.ID_DOES_NOT_EXIST, "This repository has no record " + identifier
                + "; its identifiers read " + prefix + "<id>.");
    }
}
