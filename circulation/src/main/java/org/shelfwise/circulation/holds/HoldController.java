package org.shelfwise.circulation.holds;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.shelfwise.circulation.borrowers.Borrower;
import org.shelfwise.circulation.borrowers.Borrowers;
import org.shelfwise.platform.input.SingleLine;
import org.shelfwise.platform.problems.DomainProblem;
import org.shelfwise.platform.problems.FieldProblem;
import org.shelfwise.platform.problems.NotFound;
import org.shelfwise.platform.problems.UnknownReference;
import org.shelfwise.platform.security.CurrentUser;
import org.shelfwise.platform.security.NotYours;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Holds: place one on a book (any copy), see where you stand in its queue, cancel it. Staff do it for any patron;
 * a signed-in patron for themself only.
 */
@Tag(name = "Holds")
@RestController
class HoldController {

    private final HoldDesk desk;
    private final Holds holds;
    private final Borrowers borrowers;

    HoldController(HoldDesk desk, Holds holds, Borrowers borrowers) {
        this.desk = desk;
        this.holds = holds;
        this.borrowers = borrowers;
    }

    /**
     * A hold on any copy of a book, for the patron with this card; a patron may leave the card out. With a
     * {@code pickupBranch} (the code of one of the library's branches) the copy is collected there.
     */
    record PlaceHold(@NotNull UUID bookId, @SingleLine @Size(max = 32) String patronBarcode,
                     @SingleLine @Size(max = 32) String pickupBranch) {
    }

    /**
     * A hold as the API shows it; {@code position} is its place in the book's queue while it waits;
     * {@code pickupBranch} is where it is collected (null: where its copy comes back).
     */
    record HoldView(UUID id, UUID bookId, UUID patronId, String patronBarcode, Hold.Status status, Long position,
                    String itemBarcode, LocalDate pickupBy, String pickupBranch) {
    }

    @Operation(summary = "Place a hold on a book (LIBRARIAN for the patron with patronBarcode; a PATRON for themself)")
    @PostMapping("/api/holds")
    ResponseEntity<HoldView> place(@Valid @RequestBody PlaceHold request, Authentication caller) {
        var branch = request.pickupBranch() == null || request.pickupBranch().isBlank() ? null
                : request.pickupBranch().strip();
        var hold = desk.place(request.bookId(), patronBarcode(request, CurrentUser.of(caller)), branch);
        return ResponseEntity.created(URI.create("/api/holds/" + hold.id())).body(view(hold));
    }

    @Operation(summary = "A patron's holds, newest first, with each waiting hold's place in its queue (LIBRARIAN, or that patron)")
    @GetMapping("/api/holds")
    List<HoldView> ofPatron(@RequestParam UUID patronId, Authentication caller) {
        CurrentUser.of(caller).checkMayActFor(patronId);
        return holds.ofPatron(patronId).stream().map(this::view).toList();
    }

    @Operation(summary = "Cancel a hold (LIBRARIAN, or the patron who placed it)")
    @DeleteMapping("/api/holds/{id}")
    HoldView cancel(@PathVariable UUID id, Authentication caller) {
        // a hold never changes hands, so whose it is may be read before the desk locks it
        var hold = holds.find(id).orElseThrow(() -> new NotFound("Hold", id));
        var user = CurrentUser.of(caller);
        user.checkMayActFor(hold.patronId());
        // staff cancel for the library (the patron is told); a patron cancelling their own hold knows already
        return view(desk.cancel(id, user.isStaff() ? Hold.CancelledBy.STAFF : Hold.CancelledBy.PATRON));
    }

    /** The card to place the hold for: the one named, which a patron may name only if it is theirs, or their own. */
    private String patronBarcode(PlaceHold request, CurrentUser user) {
        var named = request.patronBarcode() == null || request.patronBarcode().isBlank() ? null
                : request.patronBarcode().strip();
        if (named == null) {
            var own = user.patronId().orElseThrow(PatronBarcodeRequired::new);
            return borrowers.findByPatronId(own).map(Borrower::barcode).orElseThrow(() -> new UnknownReference(
                    "patronBarcode", "Circulation does not know patron " + own + " yet; try again in a moment."));
        }
        if (!user.isStaff() && borrowers.findByBarcode(named).map(Borrower::patronId).filter(user::mayActFor).isEmpty()) {
            throw new NotYours();
        }
        return named;
    }

    /** Staff placing a hold must say for whom. */
    static final class PatronBarcodeRequired extends DomainProblem {
        PatronBarcodeRequired() {
            super(HttpStatus.BAD_REQUEST, "validation", "Invalid request", "One field is invalid.",
                    List.of(new FieldProblem("patronBarcode", "NotBlank", "names the card of the patron the hold is for")));
        }
    }

    private HoldView view(Hold hold) {
        Long position = hold.status() == Hold.Status.WAITING ? holds.position(hold) : null;
        return new HoldView(hold.id(), hold.bookId(), hold.patronId(), hold.patronBarcode(), hold.status(), position,
                hold.itemBarcode(), hold.pickupBy(), hold.pickupBranch());
    }
}
