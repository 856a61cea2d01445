package org.shelfwise.catalog.transfer;

import jakarta.validation.Validator;
import org.shelfwise.catalog.books.ImportedRecord;
import org.shelfwise.catalog.books.BulkCatalogue;
import org.shelfwise.catalog.books.ImportOutcome;
import org.shelfwise.catalog.caching.CachedData;
import org.shelfwise.catalog.transfer.ImportReport.Rejection;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Imports a file of records: each is validated by the same rules as {@code POST /api/books}; valid ones are
 * matched to the books they describe and upserted in batches (see {@link BulkCatalogue}), invalid ones are
 * reported and skipped. The whole file is one transaction, so a
 * file that turns out malformed or too large halfway changes nothing.
 */
@Service
class BookImport {

    static final int MAX_LISTED_REJECTIONS = 1_000;
    private static final int BATCH = 1_000;

    private final BulkCatalogue catalogue;
    private final Validator validator;

    BookImport(BulkCatalogue catalogue, Validator validator) {
        this.catalogue = catalogue;
        this.validator = validator;
    }

    @Transactional
    @CacheEvict(cacheNames = CachedData.BOOKS, allEntries = true)
    public ImportReport run(RecordReader records) {
        var outcomes = new EnumMap<ImportOutcome, Long>(ImportOutcome.class);
        var rejections = new ArrayList<Rejection>();
        long read = 0;
        long rejected = 0;
        // in file order: a record that matches an earlier one of the file updates its book, as a later import would
        var batch = new ArrayList<ImportedRecord>();
        for (var candidate = records.next(); candidate != null; candidate = records.next()) {
            read++;
            var problems = problems(candidate);
            if (!problems.isEmpty()) {
                rejected++;
                problems.stream().limit(Math.max(0, MAX_LISTED_REJECTIONS - rejections.size())).forEach(rejections::add);
                continue;
            }
            batch.add(new ImportedRecord(candidate.input().toDetails(), candidate.marc()));
            if (batch.size() == BATCH) {
                flush(batch, outcomes);
            }
        }
        flush(batch, outcomes);
        return new ImportReport(read, outcomes.getOrDefault(ImportOutcome.CREATED, 0L),
                outcomes.getOrDefault(ImportOutcome.UPDATED, 0L), outcomes.getOrDefault(ImportOutcome.UNCHANGED, 0L),
                rejected, rejections);
    }

    private List<Rejection> problems(Candidate candidate) {
        var problems = new ArrayList<Rejection>();
        candidate.problems().forEach(p -> problems.add(new Rejection(candidate.number(), p.field(), p.rule(), p.message())));
        if (candidate.input() != null && problems.isEmpty()) {
            validator.validate(candidate.input()).stream()
                    .map(v -> new Rejection(candidate.number(), FieldPaths.of(v.getPropertyPath()),
                            v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), v.getMessage()))
                    .sorted((a, b) -> a.field().compareTo(b.field()))
                    .forEach(problems::add);
        }
        return problems;
    }

    private void flush(List<ImportedRecord> batch, Map<ImportOutcome, Long> outcomes) {
        if (batch.isEmpty()) {
            return;
        }
        catalogue.upsert(List.copyOf(batch))
                .forEach(upserted -> outcomes.merge(upserted.outcome(), 1L, Long::sum));
        batch.clear();
    }
}
