package org.shelfwise.circulation.holds;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
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

/** Holds: place one on a book (any copy), see where you stand in its queue, cancel it. */
@Tag(name = "Holds")
@RestController
class HoldController {

    private final HoldDesk desk;
    private final Holds holds;

    HoldController(HoldDesk desk, Holds holds) {
        this.desk = desk;
        this.holds = holds;
    }

    /** A hold on any copy of a book, for the patron with this card. */
    record PlaceHold(@NotNull UUID bookId, @NotBlank @Size(max = 32) String patronBarcode) {
    }

    /** A hold as the API shows it; {@code position} is its place in the book's queue while it waits. */
    record HoldView(UUID id, UUID bookId, UUID patronId, String patronBarcode, Hold.Status status, Long position,
                    String itemBarcode, LocalDate pickupBy) {
    }

    @Operation(summary = "Place a hold on a book")
    @PostMapping("/api/holds")
    ResponseEntity<HoldView> place(@Valid @RequestBody PlaceHold request) {
        var hold = desk.place(request.bookId(), request.patronBarcode().strip());
        return ResponseEntity.created(URI.create("/api/holds/" + hold.id())).body(view(hold));
    }

    @Operation(summary = "A patron's holds, newest first, with each waiting hold's place in its queue")
    @GetMapping("/api/holds")
    List<HoldView> ofPatron(@RequestParam UUID patronId) {
        return holds.ofPatron(patronId).stream().map(this::view).toList();
    }

    @Operation(summary = "Cancel a hold")
    @DeleteMapping("/api/holds/{id}")
    HoldView cancel(@PathVariable UUID id) {
        return view(desk.cancel(id));
    }

    private HoldView view(Hold hold) {
        Long position = hold.status() == Hold.Status.WAITING ? holds.position(hold) : null;
        return new HoldView(hold.id(), hold.bookId(), hold.patronId(), hold.patronBarcode(), hold.status(), position,
                hold.itemBarcode(), hold.pickupBy());
    }
}
