package org.shelfwise.catalog.transfer;

import jakarta.validation.Validator;
import org.shelfwise.catalog.books.BookDetails;
import org.shelfwise.catalog.books.BulkCatalogue;
import org.shelfwise.catalog.books.ImportOutcome;
import org.shelfwise.catalog.caching.CachedData;
import org.shelfwise.catalog.transfer.ImportReport.Rejection;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports a file of records: each is validated by the same rules as {@code POST /api/books}; valid ones are
 * upserted by ISBN in batches, invalid ones are reported and skipped. The whole file is one transaction, so a
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
        // keyed by ISBN: a file that names one ISBN twice imports its last record for it, like two imports would
        var batch = new LinkedHashMap<String, BookDetails>();
        for (var candidate = records.next(); candidate != null; candidate = records.next()) {
            read++;
            var problems = problems(candidate);
            if (!problems.isEmpty()) {
                rejected++;
                problems.stream().limit(Math.max(0, MAX_LISTED_REJECTIONS - rejections.size())).forEach(rejections::add);
                continue;
            }
            var details = candidate.input().toDetails();
            batch.remove(details.isbn().value());
            batch.put(details.isbn().value(), details);
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

    private void flush(Map<String, BookDetails> batch, Map<ImportOutcome, Long> outcomes) {
        if (batch.isEmpty()) {
            return;
        }
        catalogue.upsert(List.copyOf(batch.values()))
                .forEach(upserted -> outcomes.merge(upserted.outcome(), 1L, Long::sum));
        batch.clear();
    }
}
