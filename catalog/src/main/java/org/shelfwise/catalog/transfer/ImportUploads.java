package org.shelfwise.catalog.transfer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Takes an import file in: looks at its first bytes to refuse at once what is not the format it claims, then
 * stores it whole with its queued job, in one transaction, so a refused or interrupted upload leaves nothing.
 */
@Service
class ImportUploads {

    private static final int HEAD = 64 * 1024;

    private final ImportJobs jobs;
    private final ImportFile files;
    private final Clock clock;

    ImportUploads(ImportJobs jobs, ImportFile files, Clock clock) {
        this.jobs = jobs;
        this.files = files;
        this.clock = clock;
    }

    /** Stores the file with a queued job; with an {@code owner}, the job is kept for it under a first lease. */
    @Transactional
    UUID upload(String format, String items, String user, BufferedInputStream body, String owner, Duration lease) {
        refuseWhatIsNot(format, head(body));
        var id = UUID.randomUUID();
        jobs.create(id, format, items, user, clock.instant(), owner, lease);
        var stored = files.store(id, body);
        if (stored.bytes() == 0) {
            throw new NotImportable("body", "NotEmpty", "the file is empty");
        }
        Long records = switch (format) {
            case "marc" -> stored.terminators();
            case "csv" -> Math.max(0, stored.lineEnds() - 1);
            default -> null;
        };
        jobs.sized(id, stored.bytes(), records);
        return id;
    }

    private static byte[] head(BufferedInputStream body) {
        try {
            body.mark(HEAD);
            byte[] head = body.readNBytes(HEAD);
            body.reset();
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void refuseWhatIsNot(String format, byte[] head) {
        int start = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            start = 3;
        }
        while (start < head.length && (head[start] == '\n' || head[start] == '\r' || head[start] == ' ' || head[start] == '\t')) {
            start++;
        }
        if (start == head.length) {
            throw new NotImportable("body", "NotEmpty", "the file is empty");
        }
        switch (format) {
            case "marc" -> {
                boolean length = head.length - start >= 24;
                for (int i = start; length && i < start + 5; i++) {
                    length = head[i] >= '0' && head[i] <= '9';
                }
                boolean fields = false;
                for (int i = start; !fields && i < head.length; i++) {
                    fields = head[i] == 0x1E;
                }
                if (!length || !fields) {
                    throw new NotImportable("body", "iso2709", "the file is not MARC 21 in ISO 2709: it does not "
                            + "start with a record's length and leader followed by field terminators");
                }
            }
            case "marcxml" -> {
                if (head[start] != '<') {
                    throw new NotImportable("body", "xml", "the file is not MARCXML: it does not start with '<'");
                }
            }
            default -> {
                String text = new String(head, start, head.length - start, StandardCharsets.UTF_8);
                int end = text.indexOf('\n');
                String header = end < 0 ? text : text.substring(0, end + 1);
                if (end < 0 && head.length == HEAD) {
                    throw new NotImportable("body", "csv-header", "the header row is longer than 64 KB");
                }
                new CsvRecords(new StringReader(header)); // throws MalformedFile for a header it cannot use
            }
        }
    }
}
