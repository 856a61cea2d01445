package org.shelfwise.catalog.transfer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;
import org.marc4j.MarcStreamWriter;
import org.marc4j.MarcXmlWriter;
import org.shelfwise.catalog.books.Books;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Bulk import ({@code POST /api/books/imports}, the format from the Content-Type) and export
 * ({@code GET /api/books/exports?format=}) of the catalogue as CSV, MARC 21 (ISO 2709) or MARCXML, streamed both ways.
 */
@RestController
class TransferController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv");
    static final MediaType MARC = MediaType.parseMediaType("application/marc");
    static final MediaType MARCXML = MediaType.parseMediaType("application/marcxml+xml");

    private final BookImport bookImport;
    private final Books books;
    private final TransactionTemplate readOnly;

    // the file's size is bounded by the request size limit (BodySizeLimit), declared or streamed
    TransferController(BookImport bookImport, Books books, TransactionTemplate transactions) {
        this.bookImport = bookImport;
        this.books = books;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    @PostMapping("/api/books/imports")
    ImportReport importBooks(HttpServletRequest request) throws Exception {
        var type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        var body = new BufferedInputStream(request.getInputStream(), 64 * 1024);
        if (type != null && CSV.isCompatibleWith(type)) {
            return bookImport.run(new CsvRecords(new InputStreamReader(body, StandardCharsets.UTF_8)));
        }
        if (type != null && MARC.isCompatibleWith(type)) {
            return bookImport.run(MarcRecords.iso2709(body, 0, 0));
        }
        if (type != null && MARCXML.isCompatibleWith(type)) {
            return bookImport.run(MarcRecords.marcxml(body, 0));
        }
        throw new HttpMediaTypeNotSupportedException(type, List.of(CSV, MARC, MARCXML));
    }

    @GetMapping("/api/books/exports")
    ResponseEntity<StreamingResponseBody> exportBooks(
            @RequestParam @Pattern(regexp = "csv|marc|marcxml", message = "must be csv, marc or marcxml") String format) {
        StreamingResponseBody body = switch (format) {
            case "csv" -> out -> {
                var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                var printer = CsvRecords.printer(writer);
                readOnly.executeWithoutResult(status -> books.forEach(book -> CsvRecords.write(printer, book)));
                printer.flush();
            };
            case "marc" -> out -> {
                var writer = new MarcStreamWriter(out, "UTF-8");
                readOnly.executeWithoutResult(status -> books.forEach(book -> MarcRecords.write(writer, book)));
                writer.close();
            };
            default -> out -> {
                var writer = new MarcXmlWriter(out, "UTF-8", true);
                readOnly.executeWithoutResult(status -> books.forEach(book -> MarcRecords.write(writer, book)));
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
