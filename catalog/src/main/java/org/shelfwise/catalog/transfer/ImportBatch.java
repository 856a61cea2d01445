package org.shelfwise.catalog.transfer;

import jakarta.validation.Validator;
import org.marc4j.marc.Record;
import org.shelfwise.catalog.books.BookDetails;
import org.shelfwise.catalog.books.BulkCatalogue;
import org.shelfwise.catalog.books.BulkCopies;
import org.shelfwise.catalog.books.BulkCopies.NewItem;
import org.shelfwise.catalog.books.ImportOutcome;
import org.shelfwise.catalog.books.ImportedRecord;
import org.shelfwise.catalog.books.Shelving;
import org.shelfwise.catalog.transfer.ImportReport.Problem;
import org.shelfwise.platform.problems.FieldProblem;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One batch of an import: the records read since the last checkpoint, validated by the rules of
 * {@code POST /api/books}, then catalogued together and their items made copies, with what went wrong for each.
 */
final class ImportBatch {

    private static final Pattern BARCODE = Pattern.compile("[A-Za-z0-9-]{1,32}");

    private record Pending(BookDetails details, Record marc, List<ItemFields.Item> items, long number, Long offset) {
    }

    private final Validator validator;
    private final ItemFields itemFields;
    // in file order: upsert matches a later record of the batch that shares a key with an earlier one to the same book
    private final List<Pending> pending = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final EnumMap<ImportOutcome, Long> outcomes = new EnumMap<>(ImportOutcome.class);
    private long read;
    private long skipped;
    private long rejected;
    private long warnings;
    private long copies;
    private long itemsRefused;

    ImportBatch(Validator validator, ItemFields itemFields) {
        this.validator = validator;
        this.itemFields = itemFields;
    }

    int size() {
        return (int) read;
    }

    void add(Candidate candidate) {
        read++;
        long number = candidate.number();
        candidate.warnings().forEach(w -> problems.add(problem(candidate, w, "warning")));
        warnings += candidate.warnings().size();
        if (candidate.skipped() != null) {
            skipped++;
            problems.add(new Problem(number, "leader/06", "not-bibliographic", candidate.skipped(), candidate.offset(),
                    "skipped"));
            return;
        }
        var invalid = invalid(candidate);
        if (!invalid.isEmpty()) {
            rejected++;
            invalid.forEach(p -> problems.add(problem(candidate, p, "rejected")));
            return;
        }
        var details = candidate.input().toDetails();
        var items = itemFields == null || candidate.marc() == null ? List.<ItemFields.Item>of()
                : itemFields.items(candidate.marc());
        pending.add(new Pending(details, candidate.marc(), items, number, candidate.offset()));
    }

    /**
     * Catalogues the records and makes their copies, in the caller's transaction. Should the database refuse the
     * batch for one record's data (a constraint the validation does not know), each record is stored again on its
     * own, under a savepoint, and the one it refuses is rejected: it never takes the others down with it.
     */
    void flush(BulkCatalogue catalogue, BulkCopies bulkCopies, Savepoints savepoints) {
        if (pending.isEmpty()) {
            return;
        }
        var records = List.copyOf(pending);
        if (savepoints.attempt(() -> store(records, catalogue, bulkCopies))) {
            return;
        }
        for (var record : records) {
            if (!savepoints.attempt(() -> store(List.of(record), catalogue, bulkCopies))) {
                rejected++;
                problems.add(new Problem(record.number(), "record", "storage",
                        "the database refuses this record's data", record.offset(), "rejected"));
            }
        }
    }

    /** Runs a piece of work under a savepoint: false, with its changes undone, when the database refuses its data. */
    interface Savepoints {
        boolean attempt(Runnable work);
    }

    // counts and problems are added only once the store succeeded, so a refused attempt leaves none behind
    private void store(List<Pending> records, BulkCatalogue catalogue, BulkCopies bulkCopies) {
        var upserted = catalogue.upsert(records.stream().map(p -> new ImportedRecord(p.details(), p.marc())).toList());
        var found = new ArrayList<Problem>();
        var made = new EnumMap<ImportOutcome, Long>(ImportOutcome.class);
        long refused = 0;
        long added = 0;
        long warned = 0;
        var items = new ArrayList<NewItem>();
        var from = new ArrayList<Pending>();
        var sources = new ArrayList<ItemFields.Item>();
        for (int i = 0; i < records.size(); i++) {
            var record = records.get(i);
            made.merge(upserted.get(i).outcome(), 1L, Long::sum);
            String matchedBy = upserted.get(i).matchedBy();
            if (matchedBy != null) {
                // which key made this record the update of a book already catalogued (C6), as the report promises
                found.add(new Problem(record.number(), matchedBy, "matched", "is the book " + upserted.get(i).bookId()
                        + ", found by its " + matchedBy.replace('-', ' '), record.offset(), "matched"));
            }
            for (var item : record.items()) {
                var refusal = refusal(item);
                if (refusal != null) {
                    refused++;
                    found.add(new Problem(record.number(), itemFields.tag(), refusal.rule(), refusal.message(),
                            record.offset(), "item"));
                    continue;
                }
                items.add(new NewItem(upserted.get(i).bookId(), record.details().title().main(), item.barcode(),
                        new Shelving(item.shelfMark(), item.location(), item.note(), item.branch(), item.itemType())));
                from.add(record);
                sources.add(item);
            }
        }
        if (!items.isEmpty()) {
            var outcomes = bulkCopies.add(items);
            for (int i = 0; i < items.size(); i++) {
                switch (outcomes.get(i)) {
                    case ADDED -> {
                        added++;
                        // a value kept out of the copy's branch or item type is told of the copy that was made
                        for (var warning : sources.get(i).warnings()) {
                            warned++;
                            found.add(new Problem(from.get(i).number(), warning.field(), warning.rule(),
                                    "item " + items.get(i).barcode() + ": " + warning.message(), from.get(i).offset(),
                                    "warning"));
                        }
                    }
                    case ALREADY_HELD -> {
                    }
                    case BARCODE_IN_USE -> {
                        refused++;
                        found.add(new Problem(from.get(i).number(), itemFields.tag(), "barcode-in-use", "barcode "
                                + items.get(i).barcode() + " is another book's copy", from.get(i).offset(), "item"));
                    }
                }
            }
        }
        made.forEach((outcome, n) -> outcomes.merge(outcome, n, Long::sum));
        problems.addAll(found);
        itemsRefused += refused;
        copies += added;
        warnings += warned;
    }

    ImportJobs.Checkpoint checkpoint(long records, long bytes) {
        return new ImportJobs.Checkpoint(records, bytes, outcomes.getOrDefault(ImportOutcome.CREATED, 0L),
                outcomes.getOrDefault(ImportOutcome.UPDATED, 0L), outcomes.getOrDefault(ImportOutcome.UNCHANGED, 0L),
                skipped, rejected, warnings, copies, itemsRefused, problems.size());
    }

    List<Problem> problems() {
        return problems;
    }

    private static FieldProblem refusal(ItemFields.Item item) {
        if (item.gone() != null) {
            return new FieldProblem("status", item.gone(), "the item is " + item.gone() + ": no copy is made of it");
        }
        if (item.barcode() == null) {
            return new FieldProblem("barcode", "NotBlank", "the item has no barcode");
        }
        if (!BARCODE.matcher(item.barcode()).matches()) {
            return new FieldProblem("barcode", "Pattern", "barcode " + item.barcode()
                    + " must be 1 to 32 letters, digits or hyphens");
        }
        if (length(item.shelfMark()) > 100 || length(item.location()) > 200 || length(item.note()) > 2_000) {
            return new FieldProblem("shelving", "Size", "call number, location or note too long for a copy");
        }
        return null;
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    private List<FieldProblem> invalid(Candidate candidate) {
        if (!candidate.problems().isEmpty() || candidate.input() == null) {
            return candidate.problems();
        }
        return validator.validate(candidate.input()).stream()
                .map(v -> new FieldProblem(FieldPaths.of(v.getPropertyPath()),
                        v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
    }

    private static Problem problem(Candidate candidate, FieldProblem p, String kind) {
        return new Problem(candidate.number(), p.field(), p.rule(), p.message(), candidate.offset(), kind);
    }
}
