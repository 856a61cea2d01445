package org.shelfwise.web.checkout;

import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;

import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.api.Category;
import org.shelfwise.web.api.FineAccount;
import org.shelfwise.web.api.Page;
import org.shelfwise.web.api.Patron;
import org.shelfwise.web.api.Summary;
import org.shelfwise.web.staff.Tokens;
import org.springframework.stereotype.Component;

/** Finds a patron by card, and reads their standing from the gateway's summary, category and fines. */
@Component
public class Standings {

    private final Api api;
    private final Tokens tokens;

    Standings(Api api, Tokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    /** The patron whose card barcode is exactly {@code barcode}. */
    public Optional<Patron> byCard(String barcode) {
        var found = api.get(tokens.accessToken(), PatronPage.class, "/api/patrons?barcode={barcode}&size=5", barcode);
        return found.content().stream().filter(patron -> patron.barcode().equalsIgnoreCase(barcode)).findFirst();
    }

    public Standing of(UUID patronId) {
        String token = tokens.accessToken();
        var summary = api.get(token, Summary.class, "/api/patrons/{id}/summary", patronId);
        if (summary.patron() == null) {
            throw new ApiProblem(503, "unavailable", "Unavailable",
                    "The patron's record could not be read just now; try again in a moment.", java.util.List.of(), "");
        }
        var unavailable = new ArrayList<>(summary.unavailable());
        Category category = null;
        try {
            category = api.get(token, Category.class, "/api/patron-categories/{code}", summary.patron().category());
        } catch (ApiProblem notRead) {
            unavailable.add("category");
        }
        FineAccount fines = null;
        try {
            fines = api.get(token, FineAccount.class, "/api/fines?patronId={id}", patronId);
        } catch (ApiProblem notRead) {
            unavailable.add("fines");
        }
        return new Standing(summary.patron(), category, summary.loans() == null ? null : summary.loans().size(),
                summary.holds() == null ? null : summary.countReady(), fines == null ? null : fines.balance(),
                unavailable);
    }

    /** A page of patrons; a named type, since a generic one cannot be read back from JSON. */
    public record PatronPage(java.util.List<Patron> content, Page.Metadata page) {
    }
}
