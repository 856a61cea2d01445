package org.shelfwise.catalog.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager.RefreshListener;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.shelfwise.catalog.caching.CachedData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;

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
    private static final String COLUMNS = """
            select b.id, b.isbn, b.title, b.subtitle, b.authors, b.subjects, b.language, b.publication_year, b.format,
                   b.filing_title, b.original_script, b.isbns,
                   exists (select 1 from copy c where c.book_id = b.id and c.status = 'AVAILABLE') as available
            from book b""";
    /** The columns of {@link #COLUMNS} a book's document is made from, its id aside. */
    private static final List<String> INDEXED = List.of("isbn", "title", "subtitle", "authors", "subjects",
            "language", "publication_year", "format", "filing_title", "original_script", "isbns", "available");
    /** How many books one statement reads back when changes are indexed. */
    private static final int BATCH = 1000;
    /** How many books' {@link #written} fingerprints are kept: far more than change in the time an event takes. */
    private static final int WRITTEN = 100_000;
    private static final int DETAILS = 1;
    private static final int COPIES = 2;

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;
    private final FacetsConfig facets = facetsConfig();
    private final Analyzer analyzer = analyzer();
    private final Path directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private final Instant builtFrom;
    /** What changed since the last refresh: {@link #DETAILS}, {@link #COPIES}, or both. */
    private final AtomicInteger pending = new AtomicInteger();
    /**
     * The fingerprint of what the document of each of the books written last was made from. When the event of a
     * change this instance has indexed already comes back from Kafka (its own edits, indexed at once), or an event
     * comes twice, the book reads as it was written, and is not written again: a write would cost as much as the
     * first, and would shift every match's relevance score a little (a replaced document counts in the index's
     * statistics until segments merge), moving a relevance cursor's place between two pages.
     */
    private final Cache<UUID, Long> written = Caffeine.newBuilder().maximumSize(WRITTEN).build();

    SearchIndex(JdbcClient jdbc, PlatformTransactionManager transactions, CacheManager caches,
                @Value("${shelfwise.search.index-parent:}") String parent) throws IOException {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        this.directory = parent.isBlank() ? Files.createTempDirectory("shelfwise-search-")
                : Files.createTempDirectory(Files.createDirectories(Path.of(parent)), "shelfwise-search-");
        var config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(FSDirectory.open(directory), config);
        // changes since this moment are (re)applied by the feed, which starts reading the topics a little before it
        this.builtFrom = Instant.now();
        long started = System.nanoTime();
        long books = rebuild();
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new Snapshot(reader, facets);
            }
        });
        searchers.addListener(clearCachesAfterRefresh(caches));
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
     * later reads the later state. A book that reads as it was last written here is not written again. The search
     * caches the change affects are cleared once searches see it (see {@link #clearCachesAfterRefresh}).
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
        pending.accumulateAndGet(details ? DETAILS : COPIES, (a, b) -> a | b);
        long generation = -1;
        try {
            for (int from = 0; from < ids.size(); from += BATCH) {
                var batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
                var found = new HashSet<UUID>();
                var rows = jdbc.sql(COLUMNS + " where b.id = any(?)").param(batch.toArray(UUID[]::new))
                        .query((rs, row) -> {
                            var id = rs.getObject("id", UUID.class);
                            found.add(id);
                            long fingerprint = fingerprint(rs);
                            return Objects.equals(written.getIfPresent(id), fingerprint) ? null
                                    : new Row(id, fingerprint, document(rs));
                        }).list();
                for (var row : rows) {
                    if (row != null) {
                        generation = writer.updateDocument(new Term(ID, row.id().toString()), row.document());
                        written.put(row.id(), row.fingerprint());
                    }
                }
                for (var id : batch) {
                    if (!found.contains(id)) {
                        generation = writer.deleteDocuments(new Term(ID, id.toString()));
                        written.invalidate(id);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return generation;
    }

    private record Row(UUID id, long fingerprint, Document document) {
    }

    /** A digest of the {@link #INDEXED} columns of a book's row (PostgreSQL's text for each, so arrays too). */
    private static long fingerprint(ResultSet rs) throws SQLException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        for (String column : INDEXED) {
            String value = rs.getString(column);
            // each value's length before it, and a null apart from an empty text, so no two rows read the same
            digest.update(value == null ? new byte[] {-1}
                    : (value.length() + ":" + value).getBytes(StandardCharsets.UTF_8));
        }
        return ByteBuffer.wrap(digest.digest()).getLong();
    }

    /**
     * Clears the cached searches a change affects once searches see it. A change is noted before it is written;
     * the refresh that takes the note may have opened its view before the write, and the next one surely shows
     * it, so each change clears at two refreshes in a row (the reopen thread refreshes at least every second, and
     * at once for someone waiting, whose wait ends after the second).
     */
    private RefreshListener clearCachesAfterRefresh(CacheManager caches) {
        return new RefreshListener() {
            private int carried;

            @Override
            public void beforeRefresh() {
            }

            @Override
            public void afterRefresh(boolean didRefresh) {
                int now = pending.getAndSet(0);
                int clear = now | carried;
                carried = now;
                if ((clear & DETAILS) != 0) {
                    clear(caches, CachedData.SEARCHES);
                }
                if (clear != 0) {
                    clear(caches, CachedData.SEARCHES_BY_AVAILABILITY);
                }
            }
        };
    }

    /** Invalidated rather than cleared: Redis clears asynchronously, and a waiter must find the entries gone. */
    private static void clear(CacheManager caches, String name) {
        var cache = caches.getCache(name);
        if (cache == null) {
            return;
        }
        try {
            cache.invalidate();
        } catch (RuntimeException e) {
            // the reopen thread must go on; the entries expire with their time to live
            log.error("Clearing cache {} failed; searches may be stale until they expire", name, e);
        }
    }

    /** Words as the index holds them: lower case, accents folded. */
    List<String> words(String text) {
        return analyze(WORDS, text);
    }

    /** A word's English stem, as the {@value #STEMS} fields hold it. */
    String stem(String word) {
        var stems = analyze(Text.TITLE.field + STEMS, word);
        return stems.isEmpty() ? word : stems.getFirst();
    }

    private List<String> analyze(String field, String text) {
        var tokens = new ArrayList<String>();
        try (var stream = analyzer.tokenStream(field, new StringReader(text))) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** The whole catalogue, read in one snapshot (streamed, a thousand rows at a time). */
    private long rebuild() {
        long[] count = {0};
        snapshot.executeWithoutResult(status -> jdbc.sql(COLUMNS).withFetchSize(BATCH).query(rs -> {
            try {
                writer.addDocument(document(rs));
                count[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        return count[0];
    }

    private Document document(ResultSet rs) throws SQLException {
        var doc = new Document();
        String id = rs.getString("id");
        doc.add(new StringField(ID, id, Field.Store.YES));
        // the id as two numbers for the orders' last key: comparing numbers is cheap, where a text key made every
        // match that entered a page look its bytes up in the doc values' compressed term dictionary
        var uuid = UUID.fromString(id);
        doc.add(new NumericDocValuesField(ID_HIGH, uuid.getMostSignificantBits()));
        doc.add(new NumericDocValuesField(ID_LOW, uuid.getLeastSignificantBits()));
        var isbns = new HashSet<>(strings(rs.getArray("isbns")));
        String first = rs.getString("isbn");
        if (first != null) {
            isbns.add(first);
        }
        for (var isbn : isbns) {
            doc.add(new StringField(ISBN, isbn, Field.Store.NO));
        }
        String title = rs.getString("title");
        // titles and names in their original script count as the title: a reader of the script searches in it
        var titles = new ArrayList<String>();
        titles.add(title);
        titles.addAll(strings(rs.getArray("original_script")));
        text(doc, Text.TITLE, titles);
        String filing = rs.getString("filing_title");
        doc.add(new SortedDocValuesField(TITLE_ORDER,
                new BytesRef(String.join(" ", words(filing == null ? title : filing)))));
        String subtitle = rs.getString("subtitle");
        text(doc, Text.SUBTITLE, subtitle == null ? List.of() : List.of(subtitle));
        var authors = strings(rs.getArray("authors"));
        text(doc, Text.AUTHORS, authors);
        for (var author : new HashSet<>(authors)) {
            doc.add(new StringField(AUTHOR, author, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(AUTHORS_FACET, author));
        }
        var subjects = strings(rs.getArray("subjects"));
        text(doc, Text.SUBJECTS, subjects);
        for (var subject : new HashSet<>(subjects)) {
            doc.add(new StringField(SUBJECT, subject, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(SUBJECTS_FACET, subject));
        }
        String language = rs.getString("language");
        if (language != null) {
            doc.add(new StringField(LANGUAGE, language, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(LANGUAGES_FACET, language));
        }
        String format = rs.getString("format");
        doc.add(new StringField(FORMAT, format, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(FORMATS_FACET, format));
        Integer year = rs.getObject("publication_year", Integer.class);
        if (year != null) {
            doc.add(new IntPoint(YEAR, year));
            doc.add(new NumericDocValuesField(YEAR, year));
        }
        boolean available = rs.getBoolean("available");
        doc.add(new StringField(AVAILABLE, Boolean.toString(available), Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(AVAILABILITY_FACET, available ? "available" : "unavailable"));
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Document doc, Text text, List<String> values) {
        for (var value : values) {
            doc.add(new TextField(text.field, value, Field.Store.NO));
            doc.add(new TextField(text.field + STEMS, value, Field.Store.NO));
            doc.add(new TextField(WORDS, value, Field.Store.NO));
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static FacetsConfig facetsConfig() {
        var config = new FacetsConfig();
        config.setMultiValued(AUTHORS_FACET, true);
        config.setMultiValued(SUBJECTS_FACET, true);
        return config;
    }

    /**
     * Words as Unicode (UAX #29) segments them, in every script, punctuation and symbols first taken for spaces as
     * {@link SearchQuery#words()} splits a query; lower-cased, full-width forms narrowed, diacritics dropped
     * ({@link FoldingFilter}) and Latin letters folded to ASCII ("Łódź" is "lodz"). Chinese, Japanese and Korean,
     * written without spaces, are indexed as every character and every pair of neighbours (CJK bigrams), so a word
     * of any length is found. The {@value #STEMS} fields also take English stems (Porter), possessives dropped.
     */
    private static Analyzer analyzer() {
        var words = new WordsAnalyzer(false);
        var stems = new WordsAnalyzer(true);
        var perField = new HashMap<String, Analyzer>();
        for (var text : Text.values()) {
            perField.put(text.field + STEMS, stems);
        }
        return new PerFieldAnalyzerWrapper(words, Map.copyOf(perField));
    }

    private static final class WordsAnalyzer extends Analyzer {

        private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]");

        private final boolean stems;

        WordsAnalyzer(boolean stems) {
            this.stems = stems;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new PatternReplaceCharFilter(PUNCTUATION, " ", reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String field) {
            var source = new StandardTokenizer();
            source.setMaxTokenLength(255);
            TokenStream stream = new CJKWidthFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new FoldingFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                    | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, true);
            if (stems) {
                stream = new PorterStemFilter(new EnglishPossessiveFilter(stream));
            }
            return new TokenStreamComponents(source, stream);
        }
    }

    @Override
    public void destroy() throws IOException {
        reopener.close();
        IOUtils.close(searchers, writer, analyzer);
        IOUtils.rm(directory);
    }

    /**
     * A point-in-time view of the index. The facet state (an ordinal map across the index's segments, tens of
     * milliseconds to build at 1,000,000 books) is built for it once, by the first search that counts facets: a busy
     * desk makes the index refresh every second, and no view that no one counts facets in should cost that.
     */
    static final class Snapshot extends IndexSearcher {

        private final FacetsConfig config;
        private SortedSetDocValuesReaderState facetState;
        private boolean facetStateBuilt;

        Snapshot(IndexReader reader, FacetsConfig config) {
            super(reader);
            this.config = config;
        }

        /** Null while no book has been indexed. */
        synchronized SortedSetDocValuesReaderState facetState() throws IOException {
            if (!facetStateBuilt) {
                try {
                    facetState = new DefaultSortedSetDocValuesReaderState(getIndexReader(), config);
                } catch (IllegalArgumentException noFacetsYet) {
                    facetState = null; // an empty catalogue: nothing indexed with facets
                }
                facetStateBuilt = true;
            }
            return facetState;
        }
    }
}
