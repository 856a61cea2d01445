package org.shelfwise.web.account;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.shelfwise.web.api.Patron;

/**
 * The signed-in patron's summary as the gateway assembles it ({@code /api/patrons/me/summary}): who they are, their
 * open loans and their holds still waiting or ready, each with its book, and what could not be read this time.
 */
public record MyAccount(Patron patron, List<Loan> loans, List<Hold> holds, List<String> unavailable) {

    public MyAccount {
        loans = loans == null ? List.of() : loans;
        holds = holds == null ? List.of() : holds;
        unavailable = unavailable == null ? List.of() : unavailable;
    }

    /** An open loan: the copy, its book and when it is due. */
    public record Loan(UUID id, String itemBarcode, UUID bookId, String title, LocalDate dueDate, int renewals, Book book) {

        public String shownTitle() {
            return book != null && book.title() != null ? book.title() : title;
        }
    }

    /**
     * A hold: its place in the queue while it waits; where and until when to collect it once it is ready;
     * {@code pickupBranch} the code of the branch the patron chose (null: where the copy comes back).
     */
    public record Hold(UUID id, UUID bookId, String status, Long position, LocalDate pickupBy, String pickupBranch,
                       Book book, Copy copy) {

        public boolean isReady() {
            return "READY".equals(status);
        }

        /** A copy is kept for it, on its way to the pick-up branch. */
        public boolean isInTransit() {
            return "IN_TRANSIT".equals(status);
        }
    }

    /** The little of a book the account shows beside a loan or a hold. */
    public record Book(String title, List<String> authors) {
    }

    /** Where the copy kept for a ready hold waits: its branch. */
    public record Copy(String barcode, String shelfMark, String location) {
    }

    /** Whether any hold names a pick-up branch (then the page needs the branches' names). */
    public boolean namesBranches() {
        return holds.stream().anyMatch(hold -> hold.pickupBranch() != null);
    }

    public List<Hold> ready() {
        return holds.stream().filter(Hold::isReady).toList();
    }

    public List<Hold> waiting() {
        return holds.stream().filter(hold -> !hold.isReady()).toList();
    }
}
