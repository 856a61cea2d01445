package org.shelfwise.catalog.transfer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;
import org.marc4j.MarcStreamWriter;
import org.marc4j.MarcXmlWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.shelfwise.catalog.books.BookRecords;
import org.shelfwise.catalog.books.Books;
import org.shelfwise.platform.problems.Conflict;
import org.shelfwise.platform.problems.NotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Bulk import as jobs ({@code POST /api/books/imports}, the format from the Content-Type; the job, its report and
 * its cancellation under {@code /api/books/imports/{id}}) and export
 * ({@code GET /api/books/exports?format=}) of the catalogue as CSV, MARC 21 (ISO 2709) or MARCXML, streamed both ways.
 */
@RestController
class TransferController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv");
    static final MediaType MARC = MediaType.parseMediaType("application/marc");
    static final MediaType MARCXML = MediaType.parseMediaType("application/marcxml+xml");

    private static final Duration LEASE = Duration.ofMinutes(1);

    private final ImportUploads uploads;
    private final ImportJobs jobs;
    private final ImportRunner runner;
    private final Books books;
    private final TransactionTemplate readOnly;

    // the file's size is bounded by the request size limit (BodySizeLimit), declared or streamed
    TransferController(ImportUploads uploads, ImportJobs jobs, ImportRunner runner, Books books,
                       TransactionTemplate transactions) {
        this.uploads = uploads;
        this.jobs = jobs;
        this.runner = runner;
        this.books = books;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    /**
     * Uploads a file to import: 202 with the queued job, which a runner of any instance takes on; with
     * {@code wait=true}, this request runs it and answers 200 with its report.
     */
    @PostMapping("/api/books/imports")
    ResponseEntity<ImportReport> importBooks(HttpServletRequest request,
            @RequestParam(required = false) @Pattern(regexp = "952|949|852", message = "must be 952, 949 or 852") String items,
            @RequestParam(defaultValue = "false") boolean wait, Principal user) throws Exception {
        var type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        String format;
        if (type != null && CSV.isCompatibleWith(type)) {
            format = "csv";
        } else if (type != null && MARC.isCompatibleWith(type)) {
            format = "marc";
        } else if (type != null && MARCXML.isCompatibleWith(type)) {
            format = "marcxml";
        } else {
            throw new HttpMediaTypeNotSupportedException(type, List.of(CSV, MARC, MARCXML));
        }
        if (items != null && format.equals("csv")) {
            throw new NotImportable("items", "format", "items come from MARC item fields; a CSV file has none");
        }
        var body = new BufferedInputStream(request.getInputStream(), 64 * 1024);
        String owner = wait ? runner.owner() : null;
        UUID id = uploads.upload(format, items, user == null ? null : user.getName(), body, owner, LEASE);
        var location = URI.create("/api/books/imports/" + id);
        if (wait) {
            jobs.claim(id, owner, LEASE).ifPresent(runner::run);
            return ResponseEntity.ok().location(location).body(report(id));
        }
        return ResponseEntity.accepted().location(location).body(report(id));
    }

    @GetMapping("/api/books/imports/{id}")
    ImportReport importJob(@PathVariable UUID id) {
        return report(id);
    }

    /** The job's whole report, as JSON or, for {@code Accept: text/csv}, as a CSV file. */
    @GetMapping(value = "/api/books/imports/{id}/report", produces = "text/csv")
    ResponseEntity<StreamingResponseBody> importReportCsv(@PathVariable UUID id) {
        report(id);
        StreamingResponseBody body = out -> {
            var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            var printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader("record", "offset", "kind", "field", "rule", "message").get());
            jobs.eachProblem(id, p -> {
                try {
                    printer.printRecord(p.record(), p.offset(), p.kind(), p.field(), p.rule(), p.message());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            printer.flush();
        };
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"import-" + id + ".csv\"").body(body);
    }

    @GetMapping(value = "/api/books/imports/{id}/report", produces = "application/json")
    List<ImportReport.Problem> importReport(@PathVariable UUID id) {
        report(id);
        return jobs.problems(id, Integer.MAX_VALUE);
    }

    /** Cancels a job that has not ended: a batch under way is not committed; batches committed before stay. */
    @PostMapping("/api/books/imports/{id}/cancellation")
    ImportReport cancel(@PathVariable UUID id) {
        var job = report(id);
        if (!jobs.cancel(id)) {
            throw new Conflict("import-ended", "Import ended", "Import " + id + " is " + job.state()
                    + " and can no longer be cancelled.");
        }
        return report(id);
    }

    @DeleteMapping("/api/books/imports/{id}")
    ImportReport cancelByDelete(@PathVariable UUID id) {
        return cancel(id);
    }

    private ImportReport report(UUID id) {
        return jobs.find(id, BookImport.MAX_LISTED_PROBLEMS).orElseThrow(() -> new NotFound("Import", id));
    }

    @GetMapping("/api/books/exports")
    ResponseEntity<StreamingResponseBody> exportBooks(
            @RequestParam @Pattern(regexp = "csv|marc|marcxml", message = "must be csv, marc or marcxml") String format) {
        StreamingResponseBody body = switch (format) {
            case "csv" -> out -> {
                var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                var printer = CsvRecords.printer(writer);
                readOnly.executeWithoutResult(status -> books.forEach((book, kept) -> CsvRecords.write(printer, book)));
                printer.flush();
            };
            case "marc" -> out -> {
                var writer = new MarcStreamWriter(out, "UTF-8");
                writer.setAllowOversizeEntry(true);
                readOnly.executeWithoutResult(status -> books.forEach(
                        (book, kept) -> writer.write(BookRecords.marc(book, kept))));
                writer.close();
            };
            default -> out -> {
                var writer = new MarcXmlWriter(out, "UTF-8", true);
                readOnly.executeWithoutResult(status -> books.forEach(
                        (book, kept) -> writer.write(BookRecords.marc(book, kept))));
                writer.close();
            };
        };
        var type = switch (format) {
            case "csv" -> CSV;
            case "marc" -> MARC;
            default -> MARCXML;
        };
        String extension = switch (format) {
            case "csv" -> "csv";
            case "marc" -> "mrc";
            default -> "xml";
        };
        return ResponseEntity.ok().contentType(type)
                .header("Content-Disposition", "attachment; filename=\"catalogue." + extension + "\"").body(body);
    }
}
