package org.shelfwise.catalog.search;

import org.shelfwise.catalog.caching.CachedData;
import org.shelfwise.catalog.search.SearchResults.Count;
import org.shelfwise.catalog.search.SearchResults.Facets;
import org.shelfwise.catalog.search.SearchResults.Hit;
import org.shelfwise.platform.web.PageResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Ranking, counting and faceting all of half a million matches for a common word took seconds at 1,000,000 books;
 * the sample costs about the same whatever the number of matches. Other orders (title, year) are exact: an index
 * gives them without looking at every match.
 */
@Component
class BookSearch {

    private static final int FACET_SIZE = 10;

    private final JdbcClient jdbc;
    private final Spelling spelling;
    private final int sampleSize;

    BookSearch(JdbcClient jdbc, Spelling spelling, @Value("${shelfwise.search.sample:500}") int sampleSize) {
        this.jdbc = jdbc;
        this.spelling = spelling;
        this.sampleSize = sampleSize;
    }

    @Cacheable(cacheNames = CachedData.SEARCHES, key = "#query")
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

        var sample = sample(where, params, query, ranked);
        boolean exact = sample.size() <= sampleSize;
        long total = exact ? sample.size() : estimateTotal(sample.size(), sample.lastId());
        long offset = (long) query.page() * query.size();
        List<Hit> hits = query.sort() == SearchQuery.Sort.RELEVANCE
                ? relevancePage(where, params, sample, exact, offset, query.size())
                : jdbc.sql(select() + where + " order by " + query.sort().orderBy + " limit :size offset :offset")
                        .params(params).param("size", query.size()).param("offset", offset).query(BookSearch::hit).list();

        Facets facets = null;
        if (query.facets()) {
            double scale = exact ? 1 : (double) total / sample.size();
            Function<String, List<Count>> facet = name -> sample.facets().getOrDefault(name, List.of()).stream()
                    .map(count -> new Count(count.value(), Math.round(count.count() * scale))).toList();
            facets = new Facets(facet.apply("authors"), facet.apply("subjects"), facet.apply("languages"),
                    facet.apply("availability").stream().sorted(Comparator.comparing(Count::value)).toList());
        }
        var page = PageResponse.of(hits, query.page(), query.size(), total).page();
        return new SearchResults(hits, page, facets, searched, !exact);
    }

    /**
     * The first {@code sampleSize + 1} matches in id order, counted and faceted in one statement (a CTE used more
     * than once is materialised, so the matches are found once), with the ids of the requested page when it
     * lies within the sample and the order is relevance.
     */
    private Sample sample(String where, Map<String, Object> params, SearchQuery query, boolean ranked) {
        String rank = ranked ? "ts_rank(b.document, book_query(cast(:words as text[]), :prefix, cast(:completions as text[])))" : "0";
        var sql = new StringBuilder("""
                with sample as materialized (
                    select b.id, b.authors, b.subjects, b.language, %s as rank from book b%s order by b.id limit :limit)
                select 'total' as facet, (select s.id::text from sample s order by s.id desc limit 1) as value,
                       count(*) as n from sample""".formatted(rank, where));
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
        long offset = (long) query.page() * query.size();
        if (query.sort() == SearchQuery.Sort.RELEVANCE && offset < sampleSize + 1) {
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

    /** The sample ranked, then (when there are more matches than it holds) the rest in id order. */
    private List<Hit> relevancePage(String where, Map<String, Object> params, Sample sample, boolean exact,
                                    long offset, int size) {
        var hits = new ArrayList<Hit>();
        if (!sample.pageIds().isEmpty()) {
            var byId = jdbc.sql(select() + " where b.id = any(:ids)").param("ids", sample.pageIds().toArray(UUID[]::new))
                    .query(BookSearch::hit).list().stream().collect(Collectors.toMap(Hit::id, Function.identity()));
            sample.pageIds().stream().map(byId::get).filter(hit -> hit != null).forEach(hits::add);
        }
        // the places of this page past the sample (a book deleted meanwhile leaves a gap rather than pulling one in)
        long beyond = offset + size - Math.max(offset, sample.size());
        if (!exact && beyond > 0) {
            String after = (where.isEmpty() ? " where " : where + " and ") + "b.id > :after";
            hits.addAll(jdbc.sql(select() + after + " order by b.id limit :size offset :offset").params(params)
                    .param("after", sample.lastId()).param("size", beyond)
                    .param("offset", Math.max(0, offset - sample.size())).query(BookSearch::hit).list());
        }
        return hits;
    }

    private static String select() {
        return """
                select b.id, b.title, b.subtitle, b.authors, b.isbn, b.publisher, b.publication_year, b.language,
                       b.subjects, b.edition,
                       (select count(*) from copy c where c.book_id = b.id) as copies,
                       (select count(*) from copy c where c.book_id = b.id and c.status = 'AVAILABLE') as available
                from book b""";
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
                strings(rs.getArray("subjects")), rs.getString("edition"), rs.getInt("copies"), rs.getInt("available"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
