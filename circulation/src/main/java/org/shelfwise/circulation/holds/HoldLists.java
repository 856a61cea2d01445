package org.shelfwise.circulation.holds;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shelfwise.circulation.calendar.LibraryCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The desk's two lists of holds, read only: the pull list (waiting holds a copy on the shelf can fill, as many per
 * book as it has copies free) and the hold shelf (copies kept for a patron, those past their pickup date to clear).
 */
@Tag(name = "Holds")
@RestController
class HoldLists {

    private final JdbcClient jdbc;
    private final LibraryCalendar calendar;

    HoldLists(JdbcClient jdbc, LibraryCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /** A waiting hold that a copy on the shelf can fill, with the barcodes of the copies free to take. */
    record ToPull(UUID holdId, UUID bookId, String title, UUID patronId, String patronBarcode, String patronName,
                  Instant placedAt, List<String> itemBarcodes) {
    }

    /** A copy on the hold shelf; {@code expired} once its pickup date has passed, to clear from the shelf. */
    record OnShelf(UUID holdId, UUID bookId, String title, UUID patronId, String patronBarcode, String patronName,
                   String itemBarcode, LocalDate pickupBy, boolean expired) {
    }

    @Operation(summary = "The pull list: waiting holds a copy on the shelf can fill, first come first (LIBRARIAN)")
    @GetMapping("/api/holds/pull-list")
    List<ToPull> pullList() {
        return jdbc.sql("""
                        with free as (
                          select i.book_id, i.barcode, i.title from item i
                          where not exists (select 1 from loan l where l.copy_id = i.copy_id and l.returned_at is null)
                            and not exists (select 1 from hold r where r.copy_id = i.copy_id
                                              and r.status in ('IN_TRANSIT', 'READY'))),
                        stock as (
                          select book_id, count(*) as copies, array_agg(barcode order by barcode) as barcodes,
                                 min(title) as title
                          from free group by book_id),
                        queue as (
                          select h.*, row_number() over (partition by h.book_id order by h.placed_at, h.id) as place
                          from hold h where h.status = 'WAITING' and h.book_id in (select book_id from stock))
                        select q.id, q.book_id, s.title, q.patron_id, q.patron_barcode, b.name, q.placed_at, s.barcodes
                        from queue q join stock s on s.book_id = q.book_id
                        left join borrower b on b.patron_id = q.patron_id
                        where q.place <= s.copies
                        order by q.placed_at, q.id""")
                .query((rs, row) -> new ToPull(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant(), Arrays.asList((String[]) rs.getArray(8).getArray())))
                .list();
    }

    @Operation(summary = "The hold shelf: copies kept for patrons, by pickup date, expired ones flagged (LIBRARIAN)")
    @GetMapping("/api/holds/shelf")
    List<OnShelf> shelf() {
        LocalDate today = calendar.today();
        return jdbc.sql("""
                        select h.id, h.book_id, i.title, h.patron_id, h.patron_barcode, b.name, h.item_barcode, h.pickup_by
                        from hold h left join item i on i.copy_id = h.copy_id
                        left join borrower b on b.patron_id = h.patron_id
                        where h.status = 'READY'
                        order by h.pickup_by, h.item_barcode""")
                .query((rs, row) -> {
                    LocalDate pickupBy = rs.getDate(8).toLocalDate();
                    return new OnShelf(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getString(7), pickupBy,
                            pickupBy.isBefore(today));
                })
                .list();
    }
}
