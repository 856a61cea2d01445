package org.shelfwise.catalog.books;

import org.shelfwise.catalog.CatalogTopics;
import org.shelfwise.catalog.books.CatalogEvents.BookState;
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
import java.util.List;
import java.util.UUID;

/**
 * Catalogues records in batches, keyed by ISBN: a new ISBN adds a book, a known one updates it when something
 * differs and is left alone (no new version, no event) when nothing does. One statement per batch, so a large
 * import costs a few thousand round trips rather than one per record.
 */
@Service
public class BulkCatalogue {

    // joins the values of an array column into one string for unnest(); a control character no title contains
    private static final String SEPARATOR = "\u001f";

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    BulkCatalogue(JdbcClient jdbc, Outbox outbox, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Upserts a batch of records with distinct ISBNs, in the caller's transaction; one {@link Upserted} per record, in order.
     * The caller evicts cached records, once for its whole transaction; the search index takes the books that
     * changed from {@link BooksChanged}, after commit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Upserted> upsert(List<BookDetails> batch) {
        var now = Timestamp.from(clock.instant());
        int n = batch.size();
        var ids = new UUID[n];
        var columns = new ArrayList<String[]>();
        for (int c = 0; c < 10; c++) {
            columns.add(new String[n]);
        }
        var years = new Integer[n];
        for (int i = 0; i < n; i++) {
            var d = batch.get(i);
            ids[i] = UUID.randomUUID();
            String[] values = {d.isbn().value(), d.title(), d.subtitle(), String.join(SEPARATOR, d.authors()), d.publisher(),
                    d.language() == null ? null : d.language().code(), String.join(SEPARATOR, d.subjects()),
                    d.description(), d.edition(), null};
            for (int c = 0; c < 9; c++) {
                columns.get(c)[i] = values[c];
            }
            years[i] = d.publicationYear();
        }
        var changed = new HashMap<String, Changed>();
        jdbc.sql("""
                insert into book (id, isbn, title, subtitle, authors, publisher, language, subjects, description, edition,
                                  publication_year, version, created_at, updated_at)
                select r.id, r.isbn, r.title, r.subtitle, string_to_array(r.authors, :sep), r.publisher, r.language,
                       coalesce(string_to_array(nullif(r.subjects, ''), :sep), '{}'), r.description, r.edition, r.year,
                       0, :now, :now
                from unnest(cast(:ids as uuid[]), cast(:isbns as text[]), cast(:titles as text[]), cast(:subtitles as text[]),
                            cast(:authors as text[]), cast(:publishers as text[]), cast(:languages as text[]),
                            cast(:subjects as text[]), cast(:descriptions as text[]), cast(:editions as text[]),
                            cast(:years as int[]))
                     as r(id, isbn, title, subtitle, authors, publisher, language, subjects, description, edition, year)
                on conflict (isbn) do update set title = excluded.title, subtitle = excluded.subtitle,
                    authors = excluded.authors, publisher = excluded.publisher, language = excluded.language,
                    subjects = excluded.subjects, description = excluded.description, edition = excluded.edition,
                    publication_year = excluded.publication_year, version = book.version + 1, updated_at = excluded.updated_at
                where (book.title, book.subtitle, book.authors, book.publisher, book.language, book.subjects,
                       book.description, book.edition, book.publication_year)
                      is distinct from (excluded.title, excluded.subtitle, excluded.authors, excluded.publisher,
                       excluded.language, excluded.subjects, excluded.description, excluded.edition, excluded.publication_year)
                returning id, isbn, version""")
                .param("sep", SEPARATOR).param("now", now).param("ids", ids)
                .param("isbns", columns.get(0)).param("titles", columns.get(1)).param("subtitles", columns.get(2))
                .param("authors", columns.get(3)).param("publishers", columns.get(4)).param("languages", columns.get(5))
                .param("subjects", columns.get(6)).param("descriptions", columns.get(7)).param("editions", columns.get(8))
                .param("years", years)
                .query(rs -> {
                    changed.put(rs.getString("isbn"), new Changed(rs.getObject("id", UUID.class), rs.getLong("version")));
                });
        var unchanged = batch.stream().map(d -> d.isbn().value()).filter(isbn -> !changed.containsKey(isbn)).toArray(String[]::new);
        var unchangedIds = new HashMap<String, UUID>();
        if (unchanged.length > 0) {
            jdbc.sql("select id, isbn from book where isbn = any(:isbns)").param("isbns", unchanged)
                    .query(rs -> {
                        unchangedIds.put(rs.getString("isbn"), rs.getObject("id", UUID.class));
                    });
        }
        var outcomes = new ArrayList<Upserted>(n);
        var changedIds = new ArrayList<UUID>(changed.size());
        for (var details : batch) {
            var row = changed.get(details.isbn().value());
            if (row == null) {
                outcomes.add(new Upserted(ImportOutcome.UNCHANGED, unchangedIds.get(details.isbn().value()), "isbn"));
                continue;
            }
            var book = new Book(row.id(), details, row.version(), now.toInstant(), now.toInstant());
            boolean created = row.version() == 0;
            outbox.add(CatalogTopics.BOOKS, book.id(), created ? "BookAdded" : "BookUpdated", BookState.of(book));
            changedIds.add(book.id());
            outcomes.add(new Upserted(created ? ImportOutcome.CREATED : ImportOutcome.UPDATED, book.id(),
                    created ? null : "isbn"));
        }
        events.publishEvent(BooksChanged.details(changedIds));
        return outcomes;
    }

    private record Changed(UUID id, long version) {
    }
}
