package org.shelfwise.catalog.search;

import org.shelfwise.catalog.caching.CachedData;
import org.shelfwise.catalog.search.SearchResults.Count;
import org.shelfwise.catalog.search.SearchResults.Facets;
import org.shelfwise.catalog.search.SearchResults.Hit;
import org.shelfwise.platform.web.PageResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.cache.annotation.Caching;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Searches the catalogue with PostgreSQL's full-text machinery: the weighted {@code document} of each book
 * (see {@code V3__search.sql}) against {@code book_query(words, ...)} (see {@code V5__prefix_completions.sql}),
 * narrowed by filters in the same statement.
 *
 * <p>Every search first takes a <em>sample</em>: the first {@code shelfwise.search.sample} matches in id order.
 * When that is all of them, ranking, the total and the facet counts are exact. When there are more, it is a
 * uniform random sample of the matches (ids are random UUIDs, so id order is unrelated to content), and
 * <ul>
 *   <li>relevance ranks the sample ({@code ts_rank}) and the remaining matches follow it in id order, so every
 *       match is still on some page and pages never overlap;</li>
 *   <li>the total is estimated from how much of the id space the sample covers (n matches up to the n-th
 *       smallest id, which lies at about n/total of the way), and the facet counts are the sample's, scaled up;
 *       the response says {@code approximate: true}.</li>
 * </ul>
 * The hits leave here without their copy counts, which {@link ShelfCounts} adds to every answer, cached or not.
 *
 * <p>Ranking, counting and faceting all of half a million matches for a common word took seconds at 1,000,000 books;
 * the sample costs about the same whatever the number of matches. Other orders (title, year) are exact: with many
 * matches an index gives them without looking at every match; with few, they are all found and sorted
 * ({@link Matches}).
 */
@Component
class BookSearch {

    private static final int FACET_SIZE = 10;
    /**
     * Up to this many expected matches (2 % of a million books), a search finds them all and sorts them rather than
     * walking an index (see {@link Matches}).
     */
    private static final int FEW = 20_000;
    private static final String COLUMNS = """
            b.id, b.title, b.subtitle, b.authors, b.isbn, b.publisher, b.publication_year, b.language, b.subjects,
            b.edition""";

    private final JdbcClient jdbc;
    private final Spelling spelling;
    private final JsonMapper json;
    private final int sampleSize;

    BookSearch(JdbcClient jdbc, Spelling spelling, JsonMapper json,
               @Value("${shelfwise.search.sample:500}") int sampleSize) {
        this.jdbc = jdbc;
        this.spelling = spelling;
        this.json = json;
        this.sampleSize = sampleSize;
    }

    @Caching(cacheable = {
            @Cacheable(cacheNames = CachedData.SEARCHES, key = "#query", condition = "#query.available() == null"),
            @Cacheable(cacheNames = CachedData.SEARCHES_BY_AVAILABILITY, key = "#query",
                    condition = "#query.available() != null")})
    public SearchResults search(SearchQuery query) {
        var conditions = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        List<String> searched = null;
        boolean ranked = false;
        var isbn = query.isbn();
        if (isbn.isPresent()) {
            conditions.add("b.isbn = :isbn");
            params.put("isbn", isbn.get().value());
        } else if (!query.words().isEmpty()) {
            var corrected = spelling.correct(query.words(), query.lastWordIsPrefix());
            var words = corrected.words();
            searched = corrected.changed() ? words : null;
            // the query inline rather than in a CTE, so that the planner sees which words (and how common they are)
            // and walks the id index for a common word but reads the GIN index for a rare one
            conditions.add("b.document @@ book_query(cast(:words as text[]), :prefix, cast(:completions as text[]))");
            params.put("words", words.toArray(String[]::new));
            params.put("prefix", query.lastWordIsPrefix());
            params.put("completions", corrected.completions() == null ? null : corrected.completions().toArray(String[]::new));
            ranked = true;
        }
        filter(query, conditions, params);
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);

        var after = query.after();
        // where the page starts: an offset into the whole order, or (-1) just after a match named by the cursor
        long offset = after == null ? (long) query.page() * query.size() : after.position();
        var matches = Matches.of(where, fewMatches(where, params));
        var sample = sample(matches, params, query, ranked, offset);
        boolean exact = sample.size() <= sampleSize;
        long total = exact ? sample.size() : estimateTotal(sample.size(), sample.lastId());
        int page = query.pageNumber();
        // one match more than the page holds (where the page reaches past the sample), to know whether a next page exists
        List<Hit> hits;
        SearchCursor next;
        if (query.sort() == SearchQuery.Sort.RELEVANCE) {
            hits = relevancePage(matches, params, sample, exact, offset, query.size(), after);
            next = nextInRelevance(sample, exact, offset, query.size(), hits, page + 1);
        } else {
            var sort = query.sort();
            String keyset = after == null ? "" : keyset(sort, after, params);
            String pageWhere = keyset.isEmpty() ? "" : matches.and() + keyset;
            hits = jdbc.sql("select " + COLUMNS + matches.from() + pageWhere + " order by " + sort.orderBy + " limit :size"
                            + (after == null ? " offset :offset" : ""))
                    .params(params).param("size", query.size() + 1).param("offset", offset).query(BookSearch::hit).list();
            next = hits.size() <= query.size() ? null : SearchCursor.after(sort, page + 1, hits.get(query.size() - 1).id(),
                    sort == SearchQuery.Sort.TITLE ? hits.get(query.size() - 1).title()
                            : Objects.toString(hits.get(query.size() - 1).publicationYear(), null));
        }
        hits = hits.subList(0, Math.min(hits.size(), query.size()));

        Facets facets = null;
        if (query.facets()) {
            double scale = exact ? 1 : (double) total / sample.size();
            Function<String, List<Count>> facet = name -> sample.facets().getOrDefault(name, List.of()).stream()
                    .map(count -> new Count(count.value(), Math.round(count.count() * scale))).toList();
            facets = new Facets(facet.apply("authors"), facet.apply("subjects"), facet.apply("languages"),
                    facet.apply("availability").stream().sorted(Comparator.comparing(Count::value)).toList());
        }
        var pageMetadata = PageResponse.of(hits, page, query.size(), total).page();
        return new SearchResults(hits, pageMetadata, next == null ? null : next.encode(), facets, searched, !exact);
    }

    /**
     * The condition that starts a page just after the cursor's match, in that order (which always ends with the
     * id): {@code (title, id) > (last title, last id)}, and its like for years, where books without one come last.
     */
    private static String keyset(SearchQuery.Sort sort, SearchCursor after, Map<String, Object> params) {
        params.put("afterId", after.lastId());
        if (sort == SearchQuery.Sort.TITLE) {
            params.put("afterTitle", after.lastKey());
            return "(b.title, b.id) > (:afterTitle, :afterId)";
        }
        if (after.lastKey() == null) {
            return "(b.publication_year is null and b.id > :afterId)";
        }
        params.put("afterYear", Integer.parseInt(after.lastKey()));
        return "(b.publication_year " + (sort == SearchQuery.Sort.NEWEST ? "<" : ">") + " :afterYear"
                + " or (b.publication_year = :afterYear and b.id > :afterId) or b.publication_year is null)";
    }

    /**
     * The cursor of the page after this one in relevance order: a place in the ranked sample while the next page
     * starts within it, then the id after which the rest of the matches go on in id order; null after the last.
     */
    private static SearchCursor nextInRelevance(Sample sample, boolean exact, long offset, int size, List<Hit> hits,
                                                int nextPage) {
        if (offset < 0 || offset + size > sample.size()) {
            // this page reached past the sample, into the id-ordered rest: on after its last match, if one follows
            return exact || hits.size() <= size ? null : SearchCursor.after(SearchQuery.Sort.RELEVANCE, nextPage,
                    hits.get(size - 1).id(), null);
        }
        long end = offset + size;
        if (end < sample.size()) {
            return SearchCursor.inSample(nextPage, (int) end);
        }
        return exact ? null : SearchCursor.after(SearchQuery.Sort.RELEVANCE, nextPage, sample.lastId(), null);
    }

    /**
     * The first {@code sampleSize + 1} matches in id order, counted and faceted in one statement (a CTE used more
     * than once is materialised, so the matches are found once), with the ids of the requested page when it
     * lies within the sample and the order is relevance.
     */
    private Sample sample(Matches matches, Map<String, Object> params, SearchQuery query, boolean ranked, long offset) {
        String rank = ranked ? "ts_rank(b.document, book_query(cast(:words as text[]), :prefix, cast(:completions as text[])))" : "0";
        var sql = new StringBuilder("""
                with sample as materialized (
                    select b.id, b.authors, b.subjects, b.language, %s as rank%s order by b.id limit :limit)
                select 'total' as facet, (select s.id::text from sample s order by s.id desc limit 1) as value,
                       count(*) as n from sample""".formatted(rank, matches.from()));
        if (query.facets()) {
            sql.append("""
                     union all
                    (select 'authors', a, count(*) as n from sample, unnest(sample.authors) a
                     group by a order by n desc, a limit %1$d)
                     union all
                    (select 'subjects', s, count(*) as n from sample, unnest(sample.subjects) s
                     group by s order by n desc, s limit %1$d)
                     union all
                    (select 'languages', language, count(*) as n from sample where language is not null
                     group by language order by n desc, language limit %1$d)
                     union all
                    (select 'availability', case when exists (select 1 from copy c where c.book_id = sample.id
                            and c.status = 'AVAILABLE') then 'available' else 'unavailable' end as value, count(*)
                     from sample group by value)""".formatted(FACET_SIZE));
        }
        if (query.sort() == SearchQuery.Sort.RELEVANCE && offset >= 0 && offset < sampleSize + 1) {
            sql.append("""
                     union all
                    (select 'hit', id::text, row_number() over (order by rank desc, id) as n from sample
                     order by rank desc, id limit :size offset :offset)""");
        }
        var facets = new HashMap<String, List<Count>>();
        var page = new HashMap<Long, UUID>();
        var total = new Object[2];
        jdbc.sql(sql.toString()).params(params).param("limit", sampleSize + 1).param("size", query.size())
                .param("offset", offset).query(rs -> {
                    switch (rs.getString("facet")) {
                        case "total" -> {
                            total[0] = rs.getLong("n");
                            total[1] = rs.getString("value");
                        }
                        case "hit" -> page.put(rs.getLong("n"), UUID.fromString(rs.getString("value")));
                        default -> facets.computeIfAbsent(rs.getString("facet"), f -> new ArrayList<>())
                                .add(new Count(rs.getString("value"), rs.getLong("n")));
                    }
                });
        var pageIds = page.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
        return new Sample((long) total[0], total[1] == null ? null : UUID.fromString((String) total[1]), facets, pageIds);
    }

    /**
     * Whether the planner expects at most {@link #FEW} matches (its estimate, from {@code explain}: planning only,
     * nothing is read). It knows common words well (their frequencies are in the column's statistics) and guesses
     * 4,000 to 8,000 books for any word it has no statistics for, rare or absent; both are "few" here.
     */
    private boolean fewMatches(String where, Map<String, Object> params) {
        if (where.isEmpty()) {
            return false;
        }
        String plan = jdbc.sql("explain (format json) select 1 from book b" + where).params(params)
                .query(String.class).single();
        return json.readTree(plan).get(0).get("Plan").get("Plan Rows").asDouble() <= FEW;
    }

    /**
     * Where a search's matches are read from. Many matches: walked in the order asked for (id, title, year) along its
     * index, checking each book, which soon finds a page's worth. Few: found all at once through the indexes of the
     * conditions, then sorted; the {@code offset 0} keeps the planner from merging the two and walking after all.
     * Left to itself, the planner walked whenever it expected the walk to find a page soon, which is a bet on its
     * estimate: a word it has no statistics for is estimated at 4,000 to 8,000 books, and for a misspelt word (no
     * book) or a rare one (ten books) the walk went through all 1,000,000 books (2.5 to 3 s). Finding few matches
     * and sorting them costs what the matches cost, however wrong the estimate.
     *
     * @param from the FROM clause with the conditions, aliased {@code b}
     * @param and  what joins one more condition to it
     */
    private record Matches(String from, String and) {

        static Matches of(String where, boolean few) {
            if (few) {
                return new Matches(" from (select b.* from book b" + where + " offset 0) b", " where ");
            }
            return new Matches(" from book b" + where, where.isEmpty() ? " where " : " and ");
        }
    }

    /** The sampled matches: how many, the largest id, their facet counts, and the page's ids when it is within them. */
    private record Sample(long size, UUID lastId, Map<String, List<Count>> facets, List<UUID> pageIds) {
    }

    /**
     * The n-th smallest of m random ids lies at about n/m of the id space, so m is about n divided by that
     * fraction (read from the id's top 53 bits).
     */
    static long estimateTotal(long sampled, UUID lastId) {
        double fraction = (lastId.getMostSignificantBits() >>> 11) / (double) (1L << 53);
        return Math.max(sampled, Math.round(sampled / Math.max(fraction, Double.MIN_NORMAL)));
    }

    /**
     * The sample ranked, then (when there are more matches than it holds) the rest in id order: from the offset,
     * or (offset -1) just after the cursor's match. Where the page reaches into the rest, one match more than the
     * page holds, if there is one.
     */
    private List<Hit> relevancePage(Matches matches, Map<String, Object> params, Sample sample, boolean exact,
                                    long offset, int size, SearchCursor after) {
        String tail = "select " + COLUMNS + matches.from() + matches.and() + "b.id > :after";
        if (offset < 0) {
            return jdbc.sql(tail + " order by b.id limit :size").params(params)
                    .param("after", after.lastId()).param("size", size + 1).query(BookSearch::hit).list();
        }
        var hits = new ArrayList<Hit>();
        if (!sample.pageIds().isEmpty()) {
            var byId = jdbc.sql("select " + COLUMNS + " from book b where b.id = any(:ids)").param("ids", sample.pageIds().toArray(UUID[]::new))
                    .query(BookSearch::hit).list().stream().collect(Collectors.toMap(Hit::id, Function.identity()));
            sample.pageIds().stream().map(byId::get).filter(hit -> hit != null).forEach(hits::add);
        }
        // the places of this page past the sample (a book deleted meanwhile leaves a gap rather than pulling one in)
        long beyond = offset + size - Math.max(offset, sample.size());
        if (!exact && beyond > 0) {
            hits.addAll(jdbc.sql(tail + " order by b.id limit :size offset :offset").params(params)
                    .param("after", sample.lastId()).param("size", beyond + 1)
                    .param("offset", Math.max(0, offset - sample.size())).query(BookSearch::hit).list());
        }
        return hits;
    }

    private static void filter(SearchQuery query, List<String> conditions, Map<String, Object> params) {
        if (query.author() != null) {
            conditions.add("b.authors @> cast(:author as text[])");
            params.put("author", new String[] {query.author()});
        }
        if (query.subject() != null) {
            conditions.add("b.subjects @> cast(:subject as text[])");
            params.put("subject", new String[] {query.subject()});
        }
        if (query.language() != null) {
            conditions.add("b.language = :language");
            params.put("language", query.language().code());
        }
        if (query.yearFrom() != null) {
            conditions.add("b.publication_year >= :yearFrom");
            params.put("yearFrom", query.yearFrom());
        }
        if (query.yearTo() != null) {
            conditions.add("b.publication_year <= :yearTo");
            params.put("yearTo", query.yearTo());
        }
        if (query.available() != null) {
            conditions.add((query.available() ? "" : "not ")
                    + "exists (select 1 from copy c where c.book_id = b.id and c.status = 'AVAILABLE')");
        }
    }

    private static Hit hit(ResultSet rs, int row) throws SQLException {
        return new Hit(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("subtitle"),
                strings(rs.getArray("authors")), rs.getString("isbn"), rs.getString("publisher"),
                rs.getObject("publication_year", Integer.class), rs.getString("language"),
                strings(rs.getArray("subjects")), rs.getString("edition"), null, null);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
