package org.shelfwise.web.holds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.staff.Tokens;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The holds screens: the pull list (holds a copy on the shelf can fill, each with the copy's shelf mark, in shelf
 * order, for a walk along the shelves) and the hold shelf (copies awaiting pickup, those past their date to clear).
 */
@Controller
@RequestMapping("/staff/holds")
class HoldsController {

    private final Api api;
    private final Tokens tokens;

    HoldsController(Api api, Tokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    /** Circulation's pull-list entry. */
    record ToPull(UUID holdId, UUID bookId, String title, UUID patronId, String patronBarcode, String patronName,
                  Instant placedAt, List<String> itemBarcodes) {
    }

    /** Circulation's hold-shelf entry. */
    record OnShelf(UUID holdId, UUID bookId, String title, UUID patronId, String patronBarcode, String patronName,
                   String itemBarcode, LocalDate pickupBy, boolean expired) {
    }

    /** A copy as the catalogue tells where it is shelved. */
    record Shelved(String barcode, String shelfMark, String location, String status) {
    }

    /** One line of the pull list: the hold and the copy to take from the shelf for it. */
    record Pull(ToPull hold, String itemBarcode, String shelfMark, String location) {
    }

    @GetMapping("/pull-list")
    String pullList(Model model) {
        String token = tokens.accessToken();
        var holds = List.of(api.get(token, ToPull[].class, "/api/holds/pull-list"));
        var shelvesOf = new HashMap<UUID, Map<String, Shelved>>();
        var pulls = new ArrayList<Pull>();
        for (ToPull hold : holds) {
            var shelved = shelvesOf.computeIfAbsent(hold.bookId(), book -> copiesOf(token, book));
            // the first free copy the catalogue also shows on the shelf; else the first circulation knows free
            var copy = hold.itemBarcodes().stream().map(shelved::get).filter(c -> c != null && "AVAILABLE".equals(c.status()))
                    .findFirst();
            pulls.add(copy.map(c -> new Pull(hold, c.barcode(), c.shelfMark(), c.location()))
                    .orElseGet(() -> new Pull(hold, hold.itemBarcodes().getFirst(), null, null)));
        }
        pulls.sort(Comparator.comparing((Pull p) -> p.location() == null ? "" : p.location())
                .thenComparing(p -> p.shelfMark() == null ? "\uffff" : p.shelfMark())
                .thenComparing(Pull::itemBarcode));
        model.addAttribute("pulls", pulls);
        return "holds-pull-list";
    }

    @GetMapping("/shelf")
    String shelf(Model model) {
        var shelf = List.of(api.get(tokens.accessToken(), OnShelf[].class, "/api/holds/shelf"));
        model.addAttribute("toClear", shelf.stream().filter(OnShelf::expired).toList());
        model.addAttribute("awaiting", shelf.stream().filter(hold -> !hold.expired()).toList());
        return "holds-shelf";
    }

    private Map<String, Shelved> copiesOf(String token, UUID book) {
        var byBarcode = new HashMap<String, Shelved>();
        try {
            for (Shelved copy : api.get(token, Shelved[].class, "/api/books/{id}/copies", book)) {
                byBarcode.put(copy.barcode(), copy);
            }
        } catch (ApiProblem unread) {
            if (unread.status() == 401) {
                throw unread;
            }
            // the pull list still names the copy; only its shelf mark is missing
        }
        return byBarcode;
    }
}
