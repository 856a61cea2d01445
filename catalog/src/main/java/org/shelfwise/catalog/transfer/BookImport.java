package org.shelfwise.catalog.transfer;

import jakarta.validation.Validator;
import org.shelfwise.catalog.books.BulkCatalogue;
import org.shelfwise.catalog.books.BulkCopies;
import org.shelfwise.catalog.caching.CachedData;
import org.shelfwise.catalog.transfer.ImportJobs.Claim;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.CacheManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Runs a claimed import job from its checkpoint: reads its file a batch of records at a time and commits each
 * batch's books, copies and problems in one transaction with the job's new checkpoint, so a runner that dies
 * leaves the job exactly after its last committed batch, for another to take on.
 */
@Service
class BookImport {

    static final int MAX_LISTED_PROBLEMS = 10_000;

    /** The job is no longer this runner's: taken over after its lease expired, or cancelled. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost() {
            super("the import job is no longer this runner's", null, false, false);
        }
    }

    private final BulkCatalogue catalogue;
    private final BulkCopies copies;
    private final Validator validator;
    private final ImportJobs jobs;
    private final ImportFile files;
    private final TransactionTemplate transactions;
    private final TransactionTemplate savepoints;
    private final CacheManager caches;
    private final int batchSize;
    private final Duration lease;

    BookImport(BulkCatalogue catalogue, BulkCopies copies, Validator validator, ImportJobs jobs, ImportFile files,
               TransactionTemplate transactions, CacheManager caches,
               @Value("${shelfwise.import.batch-size:1000}") int batchSize,
               @Value("${shelfwise.import.lease:30s}") Duration lease) {
        this.catalogue = catalogue;
        this.copies = copies;
        this.validator = validator;
        this.jobs = jobs;
        this.files = files;
        this.transactions = transactions;
        this.savepoints = new TransactionTemplate(transactions.getTransactionManager());
        this.savepoints.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.caches = caches;
        this.batchSize = batchSize;
        this.lease = lease;
    }

    Duration lease() {
        return lease;
    }

    /**
     * Runs the job while {@code goOn} holds, a batch at a time; true when it ran to the end of the file (the job
     * is done). Throws {@link LeaseLost} when the job stopped being this claim's, with the batch rolled back.
     */
    boolean run(Claim claim, BooleanSupplier goOn) {
        boolean iso2709 = claim.format().equals("marc");
        var counted = new Counted(files.open(claim.id(), iso2709 ? claim.bytes() : 0));
        try (var in = new BufferedInputStream(counted, 64 * 1024); var reader = reader(claim, in);
             var ahead = new ReadAhead("import-reader", batches(claim, reader, counted))) {
            boolean end = false;
            while (!end && goOn.getAsBoolean()) {
                var read = ahead.take();
                transactions.executeWithoutResult(status -> {
                    read.batch().flush(catalogue, copies, this::underSavepoint);
                    var checkpoint = read.batch().checkpoint(read.records(), read.bytes());
                    long first = jobs.problemsSoFar(claim.id());
                    var listed = read.batch().problems().stream().limit(Math.max(0, MAX_LISTED_PROBLEMS - first))
                            .toList();
                    jobs.addProblems(claim.id(), first, listed);
                    if (!jobs.checkpoint(claim, checkpoint, lease)) {
                        throw new LeaseLost();
                    }
                });
                var books = caches.getCache(CachedData.BOOKS);
                if (books != null) {
                    books.clear();
                }
                end = read.end();
            }
            if (end && !jobs.end(claim, ImportState.DONE, null)) {
                throw new LeaseLost();
            }
            if (end) {
                files.delete(claim.id());
            }
            return end;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The job's records a batch at a time, each validated as it is added, with where the batch leaves the file. */
    private Supplier<ReadAhead.Read> batches(Claim claim, RecordReader reader, Counted counted) {
        var itemFields = ItemFields.named(claim.items());
        long[] number = {claim.records()};
        return () -> {
            var batch = new ImportBatch(validator, itemFields);
            Candidate candidate = null;
            while (batch.size() < batchSize && (candidate = reader.next()) != null) {
                batch.add(candidate);
                number[0] = candidate.number();
            }
            long bytes = reader instanceof MarcRecords marc && claim.format().equals("marc") ? marc.position()
                    : counted.count;
            return new ReadAhead.Read(batch, number[0], bytes, candidate == null);
        };
    }

    private boolean underSavepoint(Runnable work) {
        try {
            savepoints.executeWithoutResult(status -> work.run());
            return true;
        } catch (DataIntegrityViolationException refused) {
            return false;
        }
    }

    private static RecordReader reader(Claim claim, InputStream in) {
        return switch (claim.format()) {
            case "marc" -> MarcRecords.iso2709(in, claim.bytes(), claim.records());
            case "marcxml" -> MarcRecords.marcxml(in, claim.records());
            default -> CsvRecords.resumed(new InputStreamReader(in, StandardCharsets.UTF_8), claim.records());
        };
    }

    /** Counts the bytes read from the file, for progress (a parser's read-ahead included). */
    private static final class Counted extends java.io.FilterInputStream {
        private long count;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(0, n);
            return n;
        }
    }
}
