package org.shelfwise.catalog.transfer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import job as its resource shows it: its state, how far it has read ({@code read} records, {@code progress}),
 * counts by outcome, and the report: one problem per rejected or skipped record, warning and refused item, listed
 * up to {@link BookImport#MAX_LISTED_PROBLEMS} ({@code problemCount} counts them all).
 */
record ImportReport(UUID id, String state, String format, String items, long read, Progress progress, long created,
                    long updated, long unchanged, long skipped, long rejected, long warnings, long copies,
                    long itemsRefused, long problemCount, String failure, Instant createdAt, Instant startedAt,
                    Instant finishedAt, List<Problem> problems) {

    /** Records and bytes read out of the file's total ({@code totalRecords} counted on upload where the format tells). */
    record Progress(long records, Long totalRecords, long bytes, long totalBytes) {
    }

    /**
     * One thing the report tells of one record: {@code kind} is {@code rejected} (not imported), {@code skipped}
     * (not bibliographic), {@code warning} (imported as repaired) or {@code item} (a copy not made); {@code offset}
     * is the record's first byte in the file where the format tells it.
     */
    record Problem(long record, String field, String rule, String message, Long offset, String kind) {
    }
}
