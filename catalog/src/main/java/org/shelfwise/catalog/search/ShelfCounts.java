package org.shelfwise.catalog.search;

import org.shelfwise.catalog.search.SearchResults.Hit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.UUID;

/**
 * How many copies each hit of a page has, and how many of them are on the shelf now, counted when the page is
 * answered rather than kept with the cached search: which books a search's words match changes only when books
 * do, availability with every loan. So a busy desk leaves cached searches in place, and a patron still never sees
 * a copy on the shelf that has just gone out. One statement per page, over the index on {@code copy.book_id}.
 */
@Component
class ShelfCounts {

    private final JdbcClient jdbc;

    ShelfCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    SearchResults addTo(SearchResults results) {
        if (results.content().isEmpty()) {
            return results;
        }
        var counts = new HashMap<UUID, int[]>();
        jdbc.sql("""
                        select book_id, count(*) as copies, count(*) filter (where status = 'AVAILABLE') as available
                        from copy where book_id = any(?) group by book_id""")
                .param(results.content().stream().map(Hit::id).toArray(UUID[]::new))
                .query(rs -> {
                    counts.put(rs.getObject("book_id", UUID.class), new int[] {rs.getInt("copies"), rs.getInt("available")});
                });
        return results.withContent(results.content().stream().map(hit -> {
            int[] count = counts.getOrDefault(hit.id(), new int[2]);
            return hit.withCounts(count[0], count[1]);
        }).toList());
    }
}
