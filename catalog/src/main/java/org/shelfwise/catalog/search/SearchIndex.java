package org.shelfwise.catalog.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The catalogue's search index: a Lucene index of every book, kept by each catalog instance for itself and derived
 * from the catalog database, as a cache is. It is built afresh from the database whenever the instance starts (in a
 * temporary directory, deleted when it stops), before the instance serves anything, and kept current by
 * {@link IndexFeed}: each change re-reads the books it touched from the database and replaces their documents, so a
 * change indexed twice, or out of order, leaves the index as the database is.
 *
 * <p>What is indexed: title (with titles and names in their original script), subtitle, authors and subjects as
 * words in any script (lower-cased, diacritics dropped: "Émile" is "emile"; CJK as characters and bigrams) and again
 * as English stems ("novels" is "novel"); every word of them in {@value #WORDS} too, for prefixes and spelling; the
 * ISBNs, each author, subject, the language and the format as exact values (filters); the year (range filter and
 * order); whether a copy is on the shelf now; the title's order key (without its non-filing characters); and facets
 * (authors, subjects, languages, formats, availability) as sorted-set doc values. Only the id is stored: a page's books are read from
 * the database, so what a search shows is never older than the record.
 */
@Component
class SearchIndex implements DisposableBean {

    static final String ID = "id";
    static final String ID_HIGH = "id.high";
    static final String ID_LOW = "id.low";
    static final String ISBN = "isbn";
    static final String AUTHOR = "author";
    static final String SUBJECT = "subject";
    static final String LANGUAGE = "language";
    static final String FORMAT = "format";
    static final String YEAR = "year";
    static final String AVAILABLE = "available";
    static final String TITLE_ORDER = "title.order";
    /** Every word of the four text fields, as written (folded): the known words, for prefixes and typos. */
    static final String WORDS = "words";
    static final String STEMS = ".stem";

    /** The facet dimensions, as the search answers name them. */
    static final String AUTHORS_FACET = "authors";
    static final String SUBJECTS_FACET = "subjects";
    static final String LANGUAGES_FACET = "languages";
    static final String AVAILABILITY_FACET = "availability";
    static final String FORMATS_FACET = "formats";

    /**
     * The text fields a search's words are matched in, with their weights: those PostgreSQL's {@code ts_rank} gave
     * its weight classes A to D (1, 0.4, 0.2, 0.1), so a word in the title counts most.
     */
    enum Text {
        TITLE("title", 10), AUTHORS("authors", 4), SUBTITLE("subtitle", 2), SUBJECTS("subjects", 1);

        final String field;
        final float weight;

        Text(String field, float weight) {
            this.field = field;
            this.weight = weight;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    /** How many books one statement reads back when changes are indexed. */
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;
    private final IndexAnalysis analysis = new IndexAnalysis();
    private final BookDocuments documents = new BookDocuments(analysis);
    private final WrittenDocuments written = new WrittenDocuments();
    private final CacheClearing cacheClearing;
    private final Path directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private final Instant builtFrom;

    SearchIndex(JdbcClient jdbc, PlatformTransactionManager transactions, CacheManager caches,
                @Value("${shelfwise.search.index-parent:}") String parent) throws IOException {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        this.cacheClearing = new CacheClearing(caches);
        this.directory = parent.isBlank() ? Files.createTempDirectory("shelfwise-search-")
                : Files.createTempDirectory(Files.createDirectories(Path.of(parent)), "shelfwise-search-");
        var config = new IndexWriterConfig(analysis.analyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(FSDirectory.open(directory), config);
        // changes since this moment are (re)applied by the feed, which starts reading the topics a little before it
        this.builtFrom = Instant.now();
        long started = System.nanoTime();
        long books = rebuild();
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new Snapshot(reader, documents.facets());
            }
        });
        searchers.addListener(cacheClearing);
        // no one waiting: the index shows changes within a second; someone waiting (a librarian's own edit): 50 ms
        this.reopener = new ControlledRealTimeReopenThread<>(writer, searchers, 1.0, 0.05);
        reopener.setName("search-index-reopen");
        reopener.setDaemon(true);
        reopener.start();
        log.info("Search index of {} books built in {} ms in {} ({} MB)", books,
                Duration.ofNanos(System.nanoTime() - started).toMillis(), directory, megabytes(directory));
    }

    private static long megabytes(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return files.mapToLong(file -> file.toFile().length()).sum() >> 20;
        }
    }

    /** When the database snapshot the index was built from was taken, give or take the start of its transaction. */
    Instant builtFrom() {
        return builtFrom;
    }

    /** Runs a search against the latest view of the index. */
    <T> T search(Function<Snapshot, T> search) {
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return search.apply((Snapshot) searcher);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                log.warn("Could not release a searcher", e);
            }
        }
    }

    /**
     * Indexes these books as the database holds them now (removing those it no longer holds); with {@code wait},
     * returns once searches see them. Reading and writing are serialised, so that of two updates of one book the
     * later reads the later state. A book that reads as it was last written here is not written again
     * ({@link WrittenDocuments}). The search caches the change affects are cleared once searches see it
     * ({@link CacheClearing}).
     *
     * @param details whether the books' records changed, or only their copies (which searches filtered by
     *                availability, and the availability facet, show)
     * @return whether any document was written or removed
     */
    boolean update(Collection<UUID> bookIds, boolean details, boolean wait) {
        if (bookIds.isEmpty()) {
            return false;
        }
        long generation = write(bookIds, details);
        if (!wait) {
            return generation >= 0;
        }
        try {
            if (generation >= 0) {
                reopener.waitForGeneration(generation);
            } else {
                // nothing to show, but the cached searches the change affects are cleared before the answer
                searchers.maybeRefreshBlocking();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return generation >= 0;
    }

    /**
     * Reads the books and writes the documents of those that read otherwise than they were last written, and
     * deletes those that are gone; returns the writer's sequence number of the last write, -1 if none.
     */
    private synchronized long write(Collection<UUID> bookIds, boolean details) {
        var ids = new ArrayList<>(new HashSet<>(bookIds));
        // before the writes: any refresh that shows them comes after this, or is followed by one that does; noted
        // even when nothing is written, since the cached pages of searches also show what the index does not hold
        cacheClearing.noted(details);
        long generation = -1;
        try {
            for (int from = 0; from < ids.size(); from += BATCH) {
                generation = Math.max(generation, write(ids.subList(from, Math.min(ids.size(), from + BATCH))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return generation;
    }

    private long write(List<UUID> batch) throws IOException {
        long generation = -1;
        var found = new HashSet<UUID>();
        var rows = jdbc.sql(BookDocuments.COLUMNS + " where b.id = any(?)").param(batch.toArray(UUID[]::new))
                .query((rs, row) -> {
                    var id = rs.getObject("id", UUID.class);
                    found.add(id);
                    long fingerprint = WrittenDocuments.fingerprint(rs);
                    return written.unchanged(id, fingerprint) ? null : new Row(id, fingerprint, documents.document(rs));
                }).list();
        for (var row : rows) {
            if (row != null) {
                generation = writer.updateDocument(new Term(ID, row.id().toString()), row.document());
                written.wrote(row.id(), row.fingerprint());
            }
        }
        for (var id : batch) {
            if (!found.contains(id)) {
                generation = writer.deleteDocuments(new Term(ID, id.toString()));
                written.removed(id);
            }
        }
        return generation;
    }

    private record Row(UUID id, long fingerprint, Document document) {
    }

    /** Words as the index holds them: lower case, accents folded. */
    List<String> words(String text) {
        return analysis.words(text);
    }

    /** A word's English stem, as the {@value #STEMS} fields hold it. */
    String stem(String word) {
        return analysis.stem(word);
    }

    /** The whole catalogue, read in one snapshot (streamed, a thousand rows at a time). */
    private long rebuild() {
        long[] count = {0};
        snapshot.executeWithoutResult(status -> jdbc.sql(BookDocuments.COLUMNS).withFetchSize(BATCH).query(rs -> {
            try {
                writer.addDocument(documents.document(rs));
                count[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        return count[0];
    }

    @Override
    public void destroy() throws IOException {
        reopener.close();
        IOUtils.close(searchers, writer, analysis);
        IOUtils.rm(directory);
    }
}
