package org.shelfwise.catalog.search;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

import java.io.IOException;

/**
 * A point-in-time view of the search index. The facet state (an ordinal map across the index's segments, tens of
 * milliseconds to build at 1,000,000 books) is built for it once, by the first search that counts facets: a busy
 * desk makes the index refresh every second, and no view that no one counts facets in should cost that.
 */
final class Snapshot extends IndexSearcher {

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
