package org.shelfwise.web.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.staff.Tokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import a MARC or CSV file as a job of the catalogue's (its progress shown as it runs, then its rejection report),
 * and export the catalogue; files pass through as streams, never whole in memory.
 */
@Controller
@RequestMapping("/staff/catalogue")
class ImportsController {

    private static final List<String> ITEM_FIELDS = List.of("952", "949", "852");

    private final Api api;
    private final Tokens tokens;

    ImportsController(Api api, Tokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    /** An import job as the catalogue reports it. */
    record Job(UUID id, String state, String format, long read, Progress progress, long created, long updated,
               long unchanged, long skipped, long rejected, long warnings, long copies, long itemsRefused,
               long problemCount, String failure, Instant createdAt, Instant finishedAt, List<Problem> problems) {

        /** Records and bytes read of the file's total. */
        record Progress(long records, Long totalRecords, long bytes, long totalBytes) {
        }

        /** One record the report tells of: rejected, skipped, imported with a warning, or a copy not made. */
        record Problem(long record, String field, String rule, String message, Long offset, String kind) {
        }

        /** The state as the page names it: QUEUED, RUNNING, DONE, FAILED or CANCELLED (the API writes it in lower case). */
        public String status() {
            return state.toUpperCase(Locale.ROOT);
        }

        public boolean ended() {
            return !status().equals("QUEUED") && !status().equals("RUNNING");
        }

        /** How far the job is, 0 to 100, by bytes read (every format tells those). */
        public int percent() {
            if (status().equals("DONE")) {
                return 100;
            }
            return progress.totalBytes() <= 0 ? 0 : (int) Math.min(100, 100 * progress.bytes() / progress.totalBytes());
        }
    }

    @GetMapping("/import")
    String importForm(Model model) {
        model.addAttribute("itemFields", ITEM_FIELDS);
        return "import";
    }

    @PostMapping("/import")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "") String items, Model model) {
        String problem = null;
        MediaType type = typeOf(file.getOriginalFilename());
        if (file.isEmpty()) {
            problem = "file";
        } else if (type == null) {
            problem = "fileType";
        }
        if (problem != null) {
            model.addAttribute("fileProblem", problem);
            return importForm(model);
        }
        String query = items.isBlank() || type.getSubtype().equals("csv") ? "" : "?items={items}";
        try {
            var job = api.upload(tokens.accessToken(), file.getResource(), type, Job.class, "/api/books/imports" + query,
                    items.strip());
            return "redirect:/staff/catalogue/imports/" + job.id();
        } catch (ApiProblem refused) {
            if (refused.status() == 401 || refused.status() >= 500) {
                throw refused;
            }
            model.addAttribute("refused", refused.errors().isEmpty() ? refused.inWords()
                    : refused.errors().getFirst().field() + ": " + refused.errors().getFirst().message());
            return importForm(model);
        }
    }

    /** The job's page; asked by htmx (polling while it runs), only its progress section. */
    @GetMapping("/imports/{id}")
    String job(@PathVariable UUID id, HttpServletRequest request, Model model) {
        model.addAttribute("job", api.get(tokens.accessToken(), Job.class, "/api/books/imports/{id}", id));
        return request.getHeader("HX-Request") != null ? "import-job :: progress" : "import-job";
    }

    @GetMapping("/imports/{id}/report.csv")
    void reportFile(@PathVariable UUID id, HttpServletResponse response) {
        api.download(tokens.accessToken(), MediaType.parseMediaType("text/csv"), headers -> open(response, headers),
                "/api/books/imports/{id}/report", id);
    }

    @GetMapping("/export")
    void export(@RequestParam(defaultValue = "csv") String format, HttpServletResponse response) {
        api.download(tokens.accessToken(), MediaType.ALL, headers -> open(response, headers),
                "/api/books/exports?format={format}", format);
    }

    /** The browser's answer, typed and named as the API's, opened once the API has answered well. */
    private static java.io.OutputStream open(HttpServletResponse response, HttpHeaders api) {
        if (api.getContentType() != null) {
            response.setContentType(api.getContentType().toString());
        }
        String disposition = api.getFirst(HttpHeaders.CONTENT_DISPOSITION);
        if (disposition != null) {
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition);
        }
        try {
            return response.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The import format from the file's name: .csv, .mrc/.marc (ISO 2709), .xml (MARCXML). */
    static MediaType typeOf(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return MediaType.parseMediaType("text/csv");
        }
        if (lower.endsWith(".mrc") || lower.endsWith(".marc") || lower.endsWith(".iso2709")) {
            return MediaType.parseMediaType("application/marc");
        }
        if (lower.endsWith(".xml")) {
            return MediaType.parseMediaType("application/marcxml+xml");
        }
        return null;
    }
}
