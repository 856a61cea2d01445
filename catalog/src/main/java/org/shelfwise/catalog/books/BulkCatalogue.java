package org.shelfwise.catalog.books;

import org.shelfwise.catalog.CatalogTopics;
import org.shelfwise.catalog.books.marc.MarcJson;
import org.shelfwise.platform.outbox.Outbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Catalogues imported records in batches, each matched to the book it describes by its {@link MatchKey keys}: its
 * control number first, then its system numbers, then its ISBNs. A record that matches no book adds one; one that
 * matches updates it when something differs and leaves it alone (no new version, no event) when nothing does.
 * A handful of statements per batch, whatever its size, so a large import costs a few thousand round trips rather
 * than several per record.
 */
@Service
public class BulkCatalogue {

    // joins the values of an array column into one string for unnest(); a control character no title contains
    private static final String SEPARATOR = "\u001f";

    private final JdbcClient jdbc;
    private final BookKeys keys;
    private final Outbox outbox;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    BulkCatalogue(JdbcClient jdbc, BookKeys keys, Outbox outbox, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.outbox = outbox;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Upserts a batch of records in the caller's transaction, in order: a record that shares a key with an earlier
     * one of the batch is matched after it, as if imported later. One {@link Upserted} per record, in order. The
     * caller evicts cached records, once for its whole transaction; the search index takes the books that changed
     * from {@link BooksChanged}, after commit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Upserted> upsert(List<ImportedRecord> batch) {
        var outcomes = new Upserted[batch.size()];
        var changed = new ArrayList<UUID>();
        var written = new ArrayList<Outbox.Event>();
        for (var round : rounds(batch)) {
            upsert(batch, round, outcomes, changed, written);
        }
        outbox.addAll(CatalogTopics.BOOKS, written);
        events.publishEvent(BooksChanged.details(changed));
        return Arrays.asList(outcomes);
    }

    /** The batch's records in rounds in which no two share a key; a record comes in a round after any earlier one it shares a key with. */
    private static List<List<Integer>> rounds(List<ImportedRecord> batch) {
        var rounds = new ArrayList<List<Integer>>();
        var roundOfKey = new HashMap<String, Integer>();
        for (int i = 0; i < batch.size(); i++) {
            int round = 0;
            var recordKeys = MatchKey.of(batch.get(i).details());
            for (var key : recordKeys) {
                round = Math.max(round, roundOfKey.getOrDefault(key.key(), -1) + 1);
            }
            for (var key : recordKeys) {
                roundOfKey.put(key.key(), round);
            }
            if (round == rounds.size()) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(i);
        }
        return rounds;
    }

    private void upsert(List<ImportedRecord> batch, List<Integer> round, Upserted[] outcomes, List<UUID> changed,
                        List<Outbox.Event> written) {
        var matches = match(batch, round);
        var bookIds = matches.bookIds();
        var matchedBy = matches.matchedBy();
        // two records of a round may match one book by different keys: the later one is written after the earlier
        var pending = new ArrayList<>(round);
        while (!pending.isEmpty()) {
            var seen = new HashSet<UUID>();
            var now = Timestamp.from(clock.instant());
            var part = pending.stream().filter(i -> seen.add(bookIds.get(i))).toList();
            pending.removeAll(part);
            var versions = write(batch, part, bookIds, now);
            for (int i : part) {
                var id = bookIds.get(i);
                var version = versions.get(id);
                if (version == null) {
                    outcomes[i] = new Upserted(ImportOutcome.UNCHANGED, id, matchedBy.get(i));
                    continue;
                }
                var book = new Book(id, batch.get(i).details(), version, now.toInstant(), now.toInstant());
                boolean created = version == 0;
                written.add(Outbox.Event.of(id, created ? CatalogEvents.added(book) : CatalogEvents.updated(book)));
                changed.add(id);
                outcomes[i] = new Upserted(created ? ImportOutcome.CREATED : ImportOutcome.UPDATED, id,
                        matchedBy.get(i));
            }
        }
    }

    /** The book each record of the round is for, and the kind of key that matched it where it matched one. */
    private record Matches(Map<Integer, UUID> bookIds, Map<Integer, String> matchedBy) {
    }

    private Matches match(List<ImportedRecord> batch, List<Integer> round) {
        // claim every key for a new book; a key another book holds stays with it, and matches the record to it
        var fresh = new HashMap<Integer, UUID>();
        var recordKeys = new HashMap<Integer, List<MatchKey>>();
        var claimedKeys = new ArrayList<String>();
        var claimedFor = new ArrayList<UUID>();
        for (int i : round) {
            fresh.put(i, UUID.randomUUID());
            recordKeys.put(i, MatchKey.of(batch.get(i).details()));
            for (var key : recordKeys.get(i)) {
                claimedKeys.add(key.key());
                claimedFor.add(fresh.get(i));
            }
        }
        keys.claim(claimedKeys, claimedFor);
        var holders = keys.holders(claimedKeys);
        var bookIds = new HashMap<Integer, UUID>();
        var matchedBy = new HashMap<Integer, String>();
        var movedFrom = new ArrayList<UUID>();
        var movedTo = new ArrayList<UUID>();
        for (int i : round) {
            bookIds.put(i, fresh.get(i));
            for (var key : recordKeys.get(i)) {
                var holder = holders.get(key.key());
                if (holder != null && !holder.equals(fresh.get(i))) {
                    bookIds.put(i, holder);
                    matchedBy.put(i, key.kind());
                    movedFrom.add(fresh.get(i));
                    movedTo.add(holder);
                    break;
                }
            }
        }
        keys.move(movedFrom, movedTo);
        var keptKeys = new ArrayList<String>();
        var keptFor = new ArrayList<UUID>();
        for (int i : round) {
            if (matchedBy.containsKey(i)) {
                recordKeys.get(i).forEach(key -> {
                    keptKeys.add(key.key());
                    keptFor.add(bookIds.get(i));
                });
            }
        }
        keys.keepOnly(movedTo, keptKeys, keptFor);
        return new Matches(bookIds, matchedBy);
    }

    /** Inserts the new books and updates the matched ones that differ; the version of each book written, by id. */
    private Map<UUID, Long> write(List<ImportedRecord> batch, List<Integer> round, Map<Integer, UUID> bookIds,
                                  Timestamp now) {
        var columns = Columns.of(batch, round, bookIds);
        var ids = columns.ids();
        var text = columns.text();
        var years = columns.years();
        var versions = new HashMap<UUID, Long>();
        jdbc.sql("""
                insert into book (id, title, subtitle, authors, isbn, publisher, language, subjects, description, edition,
                                  details, format, filing_title, original_script, marc, isbns, publication_year,
                                  version, created_at, updated_at)
                select r.id, r.title, r.subtitle, coalesce(string_to_array(nullif(r.authors, ''), :sep), '{}'), r.isbn,
                       r.publisher, r.language, coalesce(string_to_array(nullif(r.subjects, ''), :sep), '{}'),
                       r.description, r.edition, cast(r.details as jsonb), r.format, r.filing_title,
                       coalesce(string_to_array(nullif(r.original_script, ''), :sep), '{}'), cast(r.marc as jsonb),
                       coalesce(string_to_array(nullif(r.isbns, ''), :sep), '{}'), r.year, 0, :now, :now
                from unnest(cast(:ids as uuid[]), cast(:titles as text[]), cast(:subtitles as text[]),
                            cast(:authors as text[]), cast(:isbns as text[]), cast(:publishers as text[]),
                            cast(:languages as text[]), cast(:subjects as text[]), cast(:descriptions as text[]),
                            cast(:editions as text[]), cast(:details as text[]), cast(:formats as text[]),
                            cast(:filing as text[]), cast(:original as text[]), cast(:marcs as text[]),
                            cast(:isbnLists as text[]), cast(:years as int[]))
                     as r(id, title, subtitle, authors, isbn, publisher, language, subjects, description, edition,
                          details, format, filing_title, original_script, marc, isbns, year)
                on conflict (id) do update set title = excluded.title, subtitle = excluded.subtitle,
                    authors = excluded.authors, isbn = excluded.isbn, publisher = excluded.publisher,
                    language = excluded.language, subjects = excluded.subjects, description = excluded.description,
                    edition = excluded.edition, details = excluded.details, format = excluded.format,
                    filing_title = excluded.filing_title, original_script = excluded.original_script,
                    marc = excluded.marc, isbns = excluded.isbns, publication_year = excluded.publication_year,
                    version = book.version + 1, updated_at = excluded.updated_at
                where (book.details, book.marc) is distinct from (excluded.details, excluded.marc)
                returning id, version""")
                .param("sep", SEPARATOR).param("now", now).param("ids", ids)
                .param("titles", text[0]).param("subtitles", text[1]).param("authors", text[2]).param("isbns", text[3])
                .param("publishers", text[4]).param("languages", text[5]).param("subjects", text[6])
                .param("descriptions", text[7]).param("editions", text[8]).param("details", text[9])
                .param("formats", text[10]).param("filing", text[11]).param("original", text[12])
                .param("marcs", text[13]).param("isbnLists", text[14]).param("years", years)
                .query(rs -> {
                    versions.put(rs.getObject("id", UUID.class), rs.getLong("version"));
                });
        return versions;
    }

    /** The books of one round as columns, one array a column, for {@code unnest}. */
    private record Columns(UUID[] ids, String[][] text, Integer[] years) {

        static Columns of(List<ImportedRecord> batch, List<Integer> round, Map<Integer, UUID> bookIds) {
            int n = round.size();
            var columns = new Columns(new UUID[n], new String[15][n], new Integer[n]);
            for (int j = 0; j < n; j++) {
                int i = round.get(j);
                var record = batch.get(i);
                var r = BookRow.of(record.details());
                var kept = record.kept();
                columns.ids[j] = bookIds.get(i);
                String[] values = {r.title(), r.subtitle(), String.join(SEPARATOR, r.authors()), r.isbn(),
                        r.publisher(), r.language(), String.join(SEPARATOR, r.subjects()), r.description(),
                        r.edition(), r.details(), r.format(), r.filingTitle(), String.join(SEPARATOR, r.originalScript()),
                        kept == null ? null : MarcJson.write(kept), String.join(SEPARATOR, r.isbns())};
                for (int c = 0; c < values.length; c++) {
                    columns.text[c][j] = values[c];
                }
                columns.years[j] = r.publicationYear();
            }
            return columns;
        }
    }
}
