package org.shelfwise.catalog.search;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.shelfwise.catalog.caching.CachedData;
import org.shelfwise.catalog.search.SearchIndex.Text;
import org.shelfwise.catalog.search.SearchResults.Count;
import org.shelfwise.catalog.search.SearchResults.Facets;
import org.shelfwise.catalog.search.SearchResults.Hit;
import org.shelfwise.platform.web.PageResponse;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.cache.annotation.Caching;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Searches the catalogue in its {@link SearchIndex}: every word of the query must match (as written, as an English
 * stem, or, for a last word still being typed, as the start of a known word), typos are corrected first
 * ({@link Spelling}), and matches are ranked by BM25 with the field weights of {@link Text}. A query that is an ISBN
 * finds its books alone. Filters narrow the matches without changing their rank. Every match is visited once, so
 * the total and the facet counts are exact; the page's books are then read from the database by id.
 * The hits leave here without their copy counts, which {@link ShelfCounts} adds to every answer, cached or not.
 */
@Component
class BookSearch {

    private static final int FACET_SIZE = 10;
    /** A prefix shorter than this is taken as a whole word: a single letter would start most words in the index. */
    private static final int SHORTEST_PREFIX = 2;
    private static final String COLUMNS = """
            b.id, b.title, b.subtitle, b.authors, b.isbn, b.publisher, b.publication_year, b.language, b.subjects,
            b.edition, b.format, b.original_script""";
    private static final Set<String> ID_ONLY = Set.of(SearchIndex.ID);

    private final SearchIndex index;
    private final JdbcClient jdbc;
    private final Spelling spelling = new Spelling();

    BookSearch(SearchIndex index, JdbcClient jdbc) {
        this.index = index;
        this.jdbc = jdbc;
    }

    @Caching(cacheable = {
            @Cacheable(cacheNames = CachedData.SEARCHES, key = "#query", condition = "#query.available() == null"),
            @Cacheable(cacheNames = CachedData.SEARCHES_BY_AVAILABILITY, key = "#query",
                    condition = "#query.available() != null")})
    public SearchResults search(SearchQuery query) {
        return index.search(snapshot -> {
            try {
                return search(query, snapshot);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private SearchResults search(SearchQuery query, Snapshot snapshot) throws IOException {
        var matching = new BooleanQuery.Builder();
        List<String> searchedFor = null;
        var isbn = query.isbn();
        if (isbn.isPresent()) {
            matching.add(new TermQuery(new Term(SearchIndex.ISBN, isbn.get().value())), Occur.FILTER);
        } else if (!query.words().isEmpty()) {
            var words = index.words(String.join(" ", query.words()));
            var corrected = spelling.correct(words, query.lastWordIsPrefix(), snapshot.getIndexReader());
            searchedFor = corrected.changed() ? corrected.words() : null;
            var searched = corrected.words();
            for (int i = 0; i < searched.size(); i++) {
                boolean prefix = query.lastWordIsPrefix() && i == searched.size() - 1;
                matching.add(word(searched.get(i), prefix), Occur.MUST);
            }
        } else {
            matching.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        filter(query, matching);

        var sort = sort(query.sort());
        var after = query.after();
        int offset = after == null ? query.page() * query.size() : 0;
        // one match more than the page holds, to know whether a next page exists
        int wanted = offset + query.size() + 1;
        boolean scored = query.sort() == SearchQuery.Sort.RELEVANCE;
        int documents = snapshot.getIndexReader().maxDoc();
        var result = after == null || documents == 0
                ? FacetsCollectorManager.search(snapshot, matching.build(), wanted, sort, scored, new FacetsCollectorManager())
                : FacetsCollectorManager.searchAfter(snapshot, after(query.sort(), after, documents), matching.build(),
                        wanted, sort, scored, new FacetsCollectorManager());
        long total = result.facetsCollector().getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
        var docs = result.topDocs().scoreDocs;
        var pageDocs = Arrays.asList(docs).subList(Math.min(offset, docs.length), Math.min(offset + query.size(), docs.length));
        var storedFields = snapshot.storedFields();
        var ids = new ArrayList<UUID>(pageDocs.size());
        for (var doc : pageDocs) {
            ids.add(UUID.fromString(storedFields.document(doc.doc, ID_ONLY).get(SearchIndex.ID)));
        }
        int page = query.pageNumber();
        String next = docs.length > offset + query.size()
                ? cursor(query.sort(), page + 1, (FieldDoc) pageDocs.getLast()).encode() : null;
        var facets = query.facets() ? facets(snapshot, result.facetsCollector()) : null;
        var hits = books(ids);
        var pageMetadata = PageResponse.of(hits, page, query.size(), total).page();
        return new SearchResults(hits, pageMetadata, next, facets, searchedFor);
    }

    /**
     * One word of the query: the word as written in any text field, its stem in any, and (while it may be
     * unfinished) any known word it starts, each weighted by its field; a book matches if any of these does.
     */
    private Query word(String word, boolean prefix) {
        var clauses = new BooleanQuery.Builder();
        String stem = index.stem(word);
        for (var text : Text.values()) {
            clauses.add(new BoostQuery(new TermQuery(new Term(text.field, word)), text.weight), Occur.SHOULD);
            clauses.add(new BoostQuery(new TermQuery(new Term(text.field + SearchIndex.STEMS, stem)), text.weight / 2),
                    Occur.SHOULD);
        }
        if (prefix && word.length() >= SHORTEST_PREFIX) {
            clauses.add(new PrefixQuery(new Term(SearchIndex.WORDS, word)), Occur.SHOULD);
        }
        return clauses.build();
    }

    private static void filter(SearchQuery query, BooleanQuery.Builder matching) {
        if (query.author() != null) {
            matching.add(new TermQuery(new Term(SearchIndex.AUTHOR, query.author())), Occur.FILTER);
        }
        if (query.subject() != null) {
            matching.add(new TermQuery(new Term(SearchIndex.SUBJECT, query.subject())), Occur.FILTER);
        }
        if (query.language() != null) {
            matching.add(new TermQuery(new Term(SearchIndex.LANGUAGE, query.language().code())), Occur.FILTER);
        }
        if (query.format() != null) {
            matching.add(new TermQuery(new Term(SearchIndex.FORMAT, query.format().name())), Occur.FILTER);
        }
        if (query.yearFrom() != null || query.yearTo() != null) {
            matching.add(IntPoint.newRangeQuery(SearchIndex.YEAR,
                    query.yearFrom() == null ? Integer.MIN_VALUE : query.yearFrom(),
                    query.yearTo() == null ? Integer.MAX_VALUE : query.yearTo()), Occur.FILTER);
        }
        if (query.available() != null) {
            matching.add(new TermQuery(new Term(SearchIndex.AVAILABLE, query.available().toString())), Occur.FILTER);
        }
    }

    /** Each order ends with the id, so that pages neither overlap nor skip; books without a year come last. */
    private static Sort sort(SearchQuery.Sort sort) {
        var high = new SortField(SearchIndex.ID_HIGH, SortField.Type.LONG);
        var low = new SortField(SearchIndex.ID_LOW, SortField.Type.LONG);
        return switch (sort) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, high, low);
            case TITLE -> new Sort(new SortField(SearchIndex.TITLE_ORDER, SortField.Type.STRING), high, low);
            case YEAR -> {
                var year = new SortField(SearchIndex.YEAR, SortField.Type.INT);
                year.setMissingValue(Integer.MAX_VALUE);
                yield new Sort(year, high, low);
            }
            case NEWEST -> {
                var year = new SortField(SearchIndex.YEAR, SortField.Type.INT, true);
                year.setMissingValue(Integer.MIN_VALUE);
                yield new Sort(year, high, low);
            }
        };
    }

    /** The cursor after this match: its sort key and its id. */
    private static SearchCursor cursor(SearchQuery.Sort sort, int page, FieldDoc last) {
        String key = switch (sort) {
            case RELEVANCE -> Float.toString((Float) last.fields[0]);
            case TITLE -> ((BytesRef) last.fields[0]).utf8ToString();
            case YEAR, NEWEST -> last.fields[0].toString();
        };
        return new SearchCursor(sort, page, new UUID((Long) last.fields[1], (Long) last.fields[2]), key);
    }

    /** Where the cursor says the page starts, as Lucene's "search after" takes it. */
    private static ScoreDoc after(SearchQuery.Sort sort, SearchCursor cursor, int documents) {
        Object key = switch (sort) {
            case RELEVANCE -> Float.parseFloat(cursor.lastKey());
            case TITLE -> new BytesRef(cursor.lastKey());
            case YEAR, NEWEST -> Integer.parseInt(cursor.lastKey());
        };
        // ids are unique, so the document number decides only for the cursor's own book: the last one puts it behind
        var id = cursor.lastId();
        return new FieldDoc(documents - 1, Float.NaN,
                new Object[] {key, id.getMostSignificantBits(), id.getLeastSignificantBits()});
    }

    private static Facets facets(Snapshot snapshot, FacetsCollector matches) throws IOException {
        var state = snapshot.facetState();
        if (state == null) {
            return new Facets(List.of(), List.of(), List.of(), List.of(), List.of());
        }
        var counts = new SortedSetDocValuesFacetCounts(state, matches);
        Function<String, List<Count>> top = dimension -> {
            try {
                FacetResult result = counts.getTopChildren(FACET_SIZE, dimension);
                return result == null ? List.of() : Arrays.stream(result.labelValues)
                        .map(label -> new Count(label.label, label.value.longValue())).toList();
            } catch (IllegalArgumentException neverIndexed) {
                return List.of(); // no book has had a value of this dimension yet
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return new Facets(top.apply(SearchIndex.AUTHORS_FACET), top.apply(SearchIndex.SUBJECTS_FACET),
                top.apply(SearchIndex.LANGUAGES_FACET), top.apply(SearchIndex.FORMATS_FACET),
                top.apply(SearchIndex.AVAILABILITY_FACET).stream()
                .sorted(Comparator.comparing(Count::value)).toList());
    }

    /** The page's books from the database, in the page's order (one deleted meanwhile leaves a gap). */
    private List<Hit> books(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var byId = jdbc.sql("select " + COLUMNS + " from book b where b.id = any(?)").param(ids.toArray(UUID[]::new))
                .query(BookSearch::hit).list().stream().collect(Collectors.toMap(Hit::id, Function.identity()));
        return ids.stream().map(byId::get).filter(hit -> hit != null).toList();
    }

    private static Hit hit(ResultSet rs, int row) throws SQLException {
        return new Hit(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("subtitle"),
                strings(rs.getArray("authors")), rs.getString("isbn"), rs.getString("publisher"),
                rs.getObject("publication_year", Integer.class), rs.getString("language"),
                strings(rs.getArray("subjects")), rs.getString("edition"), rs.getString("format"),
                strings(rs.getArray("original_script")), null, null);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
