package org.shelfwise.web.api;

import java.time.LocalDate;
import java.util.UUID;

/** A hold as circulation shows it, with its book's title when the summary completed it. */
public record Hold(UUID id, UUID bookId, UUID patronId, String status, Long position, String itemBarcode,
                   LocalDate pickupBy, Book book) {

    /** The little of a book the desk shows beside a loan or hold. */
    public record Book(String title) {
    }

    public String getTitle() {
        return book == null ? null : book.title();
    }
}
