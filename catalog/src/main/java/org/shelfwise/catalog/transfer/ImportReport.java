package org.shelfwise.catalog.transfer;

import java.util.List;

/**
 * What an import did: counts by outcome and, for each rejected record, its number in the file, the field and the
 * rule it broke. The list stops at {@link BookImport#MAX_LISTED_REJECTIONS}; {@code rejected} counts them all.
 */
record ImportReport(long read, long created, long updated, long unchanged, long rejected, List<Rejection> rejections) {

    /** One reason one record was left out. */
    record Rejection(long record, String field, String rule, String message) {
    }
}
