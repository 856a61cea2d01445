package org.shelfwise.patrons.patrons;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Issues card barcodes, numbered by a database sequence so that every instance of the service agrees. */
@Component
class LibraryCards {

    private final JdbcClient jdbc;
    private final String libraryCode;

    LibraryCards(JdbcClient jdbc, PatronsProperties properties) {
        this.jdbc = jdbc;
        this.libraryCode = properties.libraryCode();
    }

    CardBarcode issue() {
        long number = jdbc.sql("select nextval('library_card_number')").query(Long.class).single();
        return CardBarcode.issue(libraryCode, number);
    }
}
