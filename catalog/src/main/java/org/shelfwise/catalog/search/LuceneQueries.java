package org.shelfwise.catalog.search;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.shelfwise.catalog.books.Format;
import org.shelfwise.catalog.books.Isbn;
import org.shelfwise.catalog.books.Language;
import org.shelfwise.catalog.search.CatalogueQuery.Condition;
import org.shelfwise.catalog.search.CatalogueQuery.Field;
import org.shelfwise.catalog.search.CatalogueQuery.Match;
import org.shelfwise.catalog.search.SearchIndex.Text;

import java.util.List;

/**
 * A {@link CatalogueQuery} as a Lucene query over the fields {@link BookDocuments} writes: words matched as written
 * or as their stems, weighted as {@link BookSearch} weighs them, so a structured search ranks as the API's does.
 */
final class LuceneQueries {

    private final SearchIndex index;

    LuceneQueries(SearchIndex index) {
        this.index = index;
    }

    Query of(CatalogueQuery query) {
        return switch (query) {
            case CatalogueQuery.Everything everything -> new MatchAllDocsQuery();
            case CatalogueQuery.And and -> both(of(and.left()), Occur.MUST, of(and.right()), Occur.MUST);
            case CatalogueQuery.Or or -> both(of(or.left()), Occur.SHOULD, of(or.right()), Occur.SHOULD);
            case CatalogueQuery.AndNot not -> both(of(not.left()), Occur.MUST, of(not.right()), Occur.MUST_NOT);
            case Condition condition -> condition(condition);
        };
    }

    private static Query both(Query left, Occur leftOccur, Query right, Occur rightOccur) {
        return new BooleanQuery.Builder().add(left, leftOccur).add(right, rightOccur).build();
    }

    private Query condition(Condition condition) {
        String value = condition.value();
        return switch (condition.field()) {
            case ANY, TITLE, CREATOR, SUBJECT -> text(condition);
            case ISBN -> Isbn.parse(value).<Query>map(isbn -> new TermQuery(new Term(SearchIndex.ISBN, isbn.value())))
                    .orElseGet(MatchNoDocsQuery::new);
            case LANGUAGE -> Language.parse(value)
                    .<Query>map(language -> new TermQuery(new Term(SearchIndex.LANGUAGE, language.code())))
                    .orElseGet(MatchNoDocsQuery::new);
            case FORMAT -> Format.parse(value)
                    .<Query>map(format -> new TermQuery(new Term(SearchIndex.FORMAT, format.name())))
                    .orElseGet(MatchNoDocsQuery::new);
            case YEAR -> year(condition.match(), Integer.parseInt(value.strip()));
        };
    }

    private static Query year(Match match, int year) {
        return switch (match) {
            case LESS -> IntPoint.newRangeQuery(SearchIndex.YEAR, Integer.MIN_VALUE, year - 1);
            case LESS_OR_EQUAL -> IntPoint.newRangeQuery(SearchIndex.YEAR, Integer.MIN_VALUE, year);
            case GREATER -> IntPoint.newRangeQuery(SearchIndex.YEAR, year + 1, Integer.MAX_VALUE);
            case GREATER_OR_EQUAL -> IntPoint.newRangeQuery(SearchIndex.YEAR, year, Integer.MAX_VALUE);
            case NOT_EQUAL -> both(new MatchAllDocsQuery(), Occur.MUST, IntPoint.newExactQuery(SearchIndex.YEAR, year),
                    Occur.MUST_NOT);
            default -> IntPoint.newExactQuery(SearchIndex.YEAR, year);
        };
    }

    private Query text(Condition condition) {
        if (condition.match() == Match.EXACT && condition.field() == Field.CREATOR) {
            return new TermQuery(new Term(SearchIndex.AUTHOR, condition.value()));
        }
        if (condition.match() == Match.EXACT && condition.field() == Field.SUBJECT) {
            return new TermQuery(new Term(SearchIndex.SUBJECT, condition.value()));
        }
        var fields = fields(condition.field());
        var words = condition.value().strip().split("\\s+");
        if (condition.match() == Match.PHRASE || condition.match() == Match.EXACT) {
            return phrase(fields, index.words(condition.value()));
        }
        var all = new BooleanQuery.Builder();
        boolean any = condition.match() == Match.ANY_WORD;
        int clauses = 0;
        for (String word : words) {
            var query = masked(word) ? mask(fields, word) : word(fields, word);
            if (query != null) {
                all.add(query, any ? Occur.SHOULD : Occur.MUST);
                clauses++;
            }
        }
        return clauses == 0 ? new MatchNoDocsQuery() : all.build();
    }

    private static List<Text> fields(Field field) {
        return switch (field) {
            case TITLE -> List.of(Text.TITLE, Text.SUBTITLE);
            case CREATOR -> List.of(Text.AUTHORS);
            case SUBJECT -> List.of(Text.SUBJECTS);
            default -> List.of(Text.values());
        };
    }

    /** One word as the user wrote it, which the index may hold as several (punctuation within it, CJK). */
    private Query word(List<Text> fields, String written) {
        var parts = index.words(written);
        if (parts.isEmpty()) {
            return null;
        }
        var all = new BooleanQuery.Builder();
        for (String part : parts) {
            var either = new BooleanQuery.Builder();
            String stem = index.stem(part);
            for (var text : fields) {
                either.add(new BoostQuery(new TermQuery(new Term(text.field, part)), text.weight), Occur.SHOULD);
                either.add(new BoostQuery(new TermQuery(new Term(text.field + SearchIndex.STEMS, stem)),
                        text.weight / 2), Occur.SHOULD);
            }
            all.add(either.build(), Occur.MUST);
        }
        return all.build();
    }

    private static Query phrase(List<Text> fields, List<String> words) {
        if (words.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        var either = new BooleanQuery.Builder();
        for (var text : fields) {
            either.add(new BoostQuery(new PhraseQuery(text.field, words.toArray(String[]::new)), text.weight),
                    Occur.SHOULD);
        }
        return either.build();
    }

    static boolean masked(String word) {
        return word.indexOf('*') >= 0 || word.indexOf('?') >= 0;
    }

    /** A word with masks: its letters folded as the index folds them, the masks kept, matched as written. */
    private Query mask(List<Text> fields, String word) {
        var pattern = new StringBuilder();
        var literal = new StringBuilder();
        for (char c : word.toCharArray()) {
            if (c == '*' || c == '?') {
                pattern.append(String.join("", index.words(literal.toString()))).append(c);
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        pattern.append(String.join("", index.words(literal.toString())));
        int firstMask = Math.min(index(pattern, '*'), index(pattern, '?'));
        if (firstMask < CatalogueQuery.SHORTEST_MASKED_START) {
            throw new IllegalArgumentException("a masked word must start with at least "
                    + CatalogueQuery.SHORTEST_MASKED_START + " letters");
        }
        var either = new BooleanQuery.Builder();
        for (var text : fields) {
            either.add(new BoostQuery(new WildcardQuery(new Term(text.field, pattern.toString())), text.weight),
                    Occur.SHOULD);
        }
        return either.build();
    }

    private static int index(CharSequence text, char c) {
        int at = text.toString().indexOf(c);
        return at < 0 ? Integer.MAX_VALUE : at;
    }
}
