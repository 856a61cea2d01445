package org.shelfwise.catalog.books;

import org.shelfwise.catalog.CatalogTopics;
import org.shelfwise.events.catalog.CopyAdded;
import org.shelfwise.platform.outbox.Outbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Adds copies in batches, as an import brings them: one statement for the batch, a {@code CopyAdded} event through
 * the outbox for each copy added, as {@code POST /api/books/{id}/copies} would. A barcode already in use is left
 * to its copy and answered as such.
 */
@Service
public class BulkCopies {

    /** A copy to add to a book; {@code title} is the book's, for the event. */
    public record NewItem(UUID bookId, String title, String barcode, Shelving shelving) {
    }

    /** What became of one item: added, already this book's copy (an import read again), or a barcode in use. */
    public enum Outcome { ADDED, ALREADY_HELD, BARCODE_IN_USE }

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BulkCopies(JdbcClient jdbc, Outbox outbox, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
        this.events = events;
    }

    /** Adds the items, in the caller's transaction; one outcome per item, in order. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Outcome> add(List<NewItem> items) {
        int n = items.size();
        var ids = new UUID[n];
        var books = new UUID[n];
        String[] barcodes = new String[n], marks = new String[n], locations = new String[n], notes = new String[n],
                branches = new String[n], itemTypes = new String[n];
        for (int i = 0; i < n; i++) {
            var item = items.get(i);
            ids[i] = UUID.randomUUID();
            books[i] = item.bookId();
            barcodes[i] = item.barcode();
            marks[i] = item.shelving().shelfMark();
            locations[i] = item.shelving().location();
            notes[i] = item.shelving().note();
            branches[i] = item.shelving().branch();
            itemTypes[i] = item.shelving().itemType();
        }
        var added = new HashSet<UUID>();
        jdbc.sql("""
                insert into copy (id, book_id, barcode, shelf_mark, location, note, branch, item_type, status, version,
                                  created_at)
                select r.id, r.book_id, r.barcode, r.shelf_mark, r.location, r.note, r.branch, r.item_type,
                       'AVAILABLE', 0, :now
                from unnest(cast(:ids as uuid[]), cast(:books as uuid[]), cast(:barcodes as text[]),
                            cast(:marks as text[]), cast(:locations as text[]), cast(:notes as text[]),
                            cast(:branches as text[]), cast(:itemTypes as text[]))
                     as r(id, book_id, barcode, shelf_mark, location, note, branch, item_type)
                on conflict (barcode) do nothing
                returning id""")
                .param("now", Timestamp.from(clock.instant())).param("ids", ids).param("books", books)
                .param("barcodes", barcodes).param("marks", marks).param("locations", locations).param("notes", notes)
                .param("branches", branches).param("itemTypes", itemTypes)
                .query((rs, row) -> rs.getObject("id", UUID.class)).list().forEach(added::add);
        var holders = holders(barcodes, ids, added);
        var outcomes = new ArrayList<Outcome>(n);
        var copyAdded = new ArrayList<Outbox.Event>();
        var changed = new LinkedHashSet<UUID>();
        for (int i = 0; i < n; i++) {
            var item = items.get(i);
            if (added.contains(ids[i])) {
                var s = item.shelving();
                copyAdded.add(Outbox.Event.of(ids[i], new CopyAdded(ids[i], item.barcode(), item.bookId(),
                        item.title(), s.shelfMark(), s.location(), s.note(), s.itemType(), s.branch())));
                changed.add(item.bookId());
                outcomes.add(Outcome.ADDED);
            } else {
                outcomes.add(item.bookId().equals(holders.get(item.barcode())) ? Outcome.ALREADY_HELD : Outcome.BARCODE_IN_USE);
            }
        }
        outbox.addAll(CatalogTopics.COPIES, copyAdded);
        if (!changed.isEmpty()) {
            // one event for the batch: the search index reindexes these books together, after commit
            events.publishEvent(new BooksChanged(List.copyOf(changed), false));
        }
        return outcomes;
    }

    /** The book holding each barcode that was not added (already a copy's), by barcode. */
    private Map<String, UUID> holders(String[] barcodes, UUID[] ids, Set<UUID> added) {
        int n = barcodes.length;
        var holders = new HashMap<String, UUID>();
        var others = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            if (!added.contains(ids[i])) {
                others.add(barcodes[i]);
            }
        }
        if (!others.isEmpty()) {
            jdbc.sql("select barcode, book_id from copy where barcode = any(:barcodes)")
                    .param("barcodes", others.toArray(String[]::new))
                    .query(rs -> {
                        holders.put(rs.getString("barcode"), rs.getObject("book_id", UUID.class));
                    });
        }
        return holders;
    }
}
