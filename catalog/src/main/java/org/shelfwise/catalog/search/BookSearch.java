package org.shelfwise.catalog.search;

import org.shelfwise.catalog.caching.CachedData;
import org.shelfwise.catalog.search.SearchResults.Count;
import org.shelfwise.catalog.search.SearchResults.Facets;
import org.shelfwise.catalog.search.SearchResults.Hit;
import org.shelfwise.platform.web.PageResponse;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Searches the catalogue with PostgreSQL's full-text machinery: the weighted {@code document} of each book
 * (see {@code V3__search.sql}) against {@code book_query(words)}, ranked by {@code ts_rank_cd}; filters narrow
 * the same statement, and facets count over all its matches in one more.
 */
@Component
class BookSearch {

    private static final int FACET_SIZE = 10;

    private final JdbcClient jdbc;
    private final Spelling spelling;

    BookSearch(JdbcClient jdbc, Spelling spelling) {
        this.jdbc = jdbc;
        this.spelling = spelling;
    }

    @Cacheable(cacheNames = CachedData.SEARCHES, key = "#query")
    public SearchResults search(SearchQuery query) {
        var conditions = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        List<String> searched = null;
        var isbn = query.isbn();
        if (isbn.isPresent()) {
            conditions.add("b.isbn = :isbn");
            params.put("isbn", isbn.get().value());
        } else if (!query.words().isEmpty()) {
            var corrected = spelling.correct(query.words(), query.lastWordIsPrefix());
            var words = corrected.words();
            searched = corrected.changed() ? words : null;
            conditions.add("b.document @@ q.query");
            params.put("words", words.toArray(String[]::new));
        }
        params.put("prefix", query.lastWordIsPrefix());
        filter(query, conditions, params);
        String from = """
                with q as (select book_query(cast(:words as text[]), :prefix) as query)
                select %s from book b cross join q""";
        params.putIfAbsent("words", new String[0]);
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);

        var hits = jdbc.sql(from.formatted("""
                        b.id, b.title, b.subtitle, b.authors, b.isbn, b.publisher, b.publication_year, b.language,
                        b.subjects, b.edition, coalesce(ts_rank_cd(b.document, q.query), 0) as rank,
                        (select count(*) from copy c where c.book_id = b.id) as copies,
                        (select count(*) from copy c where c.book_id = b.id and c.status = 'AVAILABLE') as available""")
                        + where + " order by " + query.sort().orderBy + " limit :size offset :offset")
                .params(params).param("size", query.size()).param("offset", (long) query.page() * query.size())
                .query(BookSearch::hit).list();

        Facets facets = null;
        long total;
        if (query.facets()) {
            var counts = facetCounts(from.formatted("b.id, b.authors, b.subjects, b.language") + where, params);
            total = counts.getOrDefault("total", List.of()).stream().mapToLong(Count::count).sum();
            facets = new Facets(counts.getOrDefault("authors", List.of()), counts.getOrDefault("subjects", List.of()),
                    counts.getOrDefault("languages", List.of()), counts.getOrDefault("availability", List.of()));
        } else {
            total = jdbc.sql(from.formatted("count(*)") + where).params(params).query(Long.class).single();
        }
        var page = PageResponse.of(hits, query.page(), query.size(), total).page();
        return new SearchResults(hits, page, facets, searched);
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

    /** All facets in one statement, so the matches are found once (a CTE used more than once is materialised). */
    private Map<String, List<Count>> facetCounts(String matches, Map<String, Object> params) {
        String sql = "with matched as (" + matches + ")" + """
                (select 'authors' as facet, a as value, count(*) as n from matched, unnest(matched.authors) a
                 group by a order by n desc, a limit %1$d)
                union all
                (select 'subjects', s, count(*) as n from matched, unnest(matched.subjects) s
                 group by s order by n desc, s limit %1$d)
                union all
                (select 'languages', language, count(*) as n from matched where language is not null
                 group by language order by n desc, language limit %1$d)
                union all
                (select 'availability', case when exists (select 1 from copy c where c.book_id = matched.id
                        and c.status = 'AVAILABLE') then 'available' else 'unavailable' end as value, count(*)
                 from matched group by value)
                union all
                (select 'total', null, count(*) from matched)""".formatted(FACET_SIZE);
        var counts = new HashMap<String, List<Count>>();
        jdbc.sql(sql).params(params).query(rs -> {
            counts.computeIfAbsent(rs.getString("facet"), f -> new ArrayList<>())
                    .add(new Count(rs.getString("value"), rs.getLong("n")));
        });
        counts.computeIfPresent("availability", (f, list) ->
                list.stream().sorted((a, b) -> a.value().compareTo(b.value())).toList());
        return counts;
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
