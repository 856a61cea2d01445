package org.shelfwise.catalog.search;

import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.shelfwise.catalog.search.CatalogueQuery.Field;
import org.shelfwise.catalog.search.CatalogueQuery.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Answers {@link CatalogueQuery structured searches} and browses an index's terms (SRU's scan), from the catalogue's
 * one search index. Totals are exact; the ids come in the order asked for, so the caller reads the records itself.
 */
@Component
public class IndexSearch {

    /** How deep into a result a page may start: a page collects every match before it. */
    public static final int MAX_DEPTH = 10_000;

    private static final Set<String> ID_ONLY = Set.of(SearchIndex.ID);

    private final SearchIndex index;
    private final LuceneQueries queries;

    IndexSearch(SearchIndex index) {
        this.index = index;
        this.queries = new LuceneQueries(index);
    }

    /** A page of a result: how many records match in all, and the ids of those on the page, in order. */
    public record Found(long total, List<UUID> ids) {
    }

    /** A term of an index, with the number of records that hold it now. */
    public record IndexTerm(String value, long records) {
    }

    /** The matches from {@code offset} (0 is the first), at most {@code limit} of them, in {@code order}. */
    public Found find(CatalogueQuery query, Order order, int offset, int limit) {
        if (offset < 0 || limit < 0 || offset + limit > MAX_DEPTH + 1000) {
            throw new IllegalArgumentException("a page must lie within the first " + MAX_DEPTH + " matches");
        }
        var lucene = queries.of(query);
        return index.search(snapshot -> {
            try {
                long total = snapshot.count(lucene);
                if (limit == 0 || offset >= total) {
                    return new Found(total, List.of());
                }
                var docs = snapshot.search(lucene, offset + limit, sort(order), order == Order.RELEVANCE).scoreDocs;
                var ids = new ArrayList<UUID>();
                var stored = snapshot.storedFields();
                for (int i = offset; i < docs.length; i++) {
                    ids.add(UUID.fromString(stored.document(docs[i].doc, ID_ONLY).get(SearchIndex.ID)));
                }
                return new Found(total, ids);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The index's terms from {@code start} on (the first at or after it, in the index's order), at most
     * {@code count}: words for {@link Field#ANY} and {@link Field#TITLE}, whole headings for creators and subjects,
     * ISBN-13s, language codes and format names. Years are not browsable.
     */
    public List<IndexTerm> scan(Field field, String start, int count) {
        String name = scanned(field);
        String from = field == Field.ANY || field == Field.TITLE
                ? String.join(" ", index.words(start == null ? "" : start)) : start == null ? "" : start;
        return index.search(snapshot -> {
            try {
                var terms = MultiTerms.getTerms(snapshot.getIndexReader(), name);
                var found = new ArrayList<IndexTerm>();
                if (terms == null) {
                    return found;
                }
                TermsEnum iterator = terms.iterator();
                if (iterator.seekCeil(new BytesRef(from)) == TermsEnum.SeekStatus.END) {
                    return found;
                }
                do {
                    var term = BytesRef.deepCopyOf(iterator.term());
                    // docFreq counts deleted documents until their segment merges: count the live ones
                    long records = snapshot.count(new TermQuery(new Term(name, term)));
                    if (records > 0) {
                        found.add(new IndexTerm(term.utf8ToString(), records));
                    }
                } while (found.size() < count && iterator.next() != null);
                return found;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Whether {@link #scan} can browse this field. */
    public static boolean scannable(Field field) {
        return field != Field.YEAR;
    }

    private static String scanned(Field field) {
        return switch (field) {
            case ANY -> SearchIndex.WORDS;
            case TITLE -> SearchIndex.Text.TITLE.field;
            case CREATOR -> SearchIndex.AUTHOR;
            case SUBJECT -> SearchIndex.SUBJECT;
            case ISBN -> SearchIndex.ISBN;
            case LANGUAGE -> SearchIndex.LANGUAGE;
            case FORMAT -> SearchIndex.FORMAT;
            case YEAR -> throw new IllegalArgumentException("years are not browsable");
        };
    }

    /** Every order ends with the id; books without a year come last either way. */
    private static Sort sort(Order order) {
        var high = new SortField(SearchIndex.ID_HIGH, SortField.Type.LONG);
        var low = new SortField(SearchIndex.ID_LOW, SortField.Type.LONG);
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, high, low);
            case TITLE, TITLE_DESCENDING -> new Sort(new SortField(SearchIndex.TITLE_ORDER, SortField.Type.STRING,
                    order == Order.TITLE_DESCENDING), high, low);
            case YEAR, YEAR_DESCENDING -> {
                boolean descending = order == Order.YEAR_DESCENDING;
                var year = new SortField(SearchIndex.YEAR, SortField.Type.INT, descending);
                year.setMissingValue(descending ? Integer.MIN_VALUE : Integer.MAX_VALUE);
                yield new Sort(year, high, low);
            }
        };
    }
}
