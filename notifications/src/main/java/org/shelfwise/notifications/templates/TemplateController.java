package org.shelfwise.notifications.templates;

import com.samskivert.mustache.MustacheException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.shelfwise.notifications.notices.NoticeKind;
import org.shelfwise.platform.input.SingleLine;
import org.shelfwise.platform.problems.FieldProblem;
import org.shelfwise.platform.problems.InvalidInput;
import org.shelfwise.platform.problems.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The notice templates (ADMIN): one per kind and language, a Mustache subject and body; a preview renders a text
 * (stored, or sent to try) with sample data before anyone gets it.
 */
@Tag(name = "Notice templates")
@RestController
class TemplateController {

    private static final String LANGUAGE = "[a-z]{2,3}(-[A-Z]{2})?";

    private final Templates templates;

    TemplateController(Templates templates) {
        this.templates = templates;
    }

    /** A template's text as sent. */
    record TemplateText(@NotBlank @SingleLine @Size(max = 200) String subject,
                        @NotBlank @Size(max = 20000) String body) {
    }

    @Operation(summary = "Every template, by kind and language (ADMIN)")
    @GetMapping("/api/notice-templates")
    List<Templates.Text> all() {
        return templates.all();
    }

    @Operation(summary = "One kind's template in one language (ADMIN)")
    @GetMapping("/api/notice-templates/{kind}/{language}")
    Templates.Text one(@PathVariable String kind, @PathVariable String language) {
        NoticeKind noticeKind = kind(kind);
        return templates.find(noticeKind, language(language))
                .orElseThrow(() -> new NotFound("Template", "kind and language", kind + "/" + language));
    }

    @Operation(summary = "Set one kind's template in one language; a text that does not compile is refused (ADMIN)")
    @PutMapping("/api/notice-templates/{kind}/{language}")
    Templates.Text put(@PathVariable String kind, @PathVariable String language,
                       @Valid @RequestBody TemplateText text) {
        var stored = new Templates.Text(kind(kind), language(language), text.subject(), text.body());
        compiled(text);
        templates.put(stored);
        return stored;
    }

    @Operation(summary = "Remove a language's template; notices then use the library's language (ADMIN)")
    @DeleteMapping("/api/notice-templates/{kind}/{language}")
    ResponseEntity<Void> remove(@PathVariable String kind, @PathVariable String language) {
        if (!templates.remove(kind(kind), language(language))) {
            throw new NotFound("Template", "kind and language", kind + "/" + language);
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Render the stored template with sample data (ADMIN)")
    @PostMapping("/api/notice-templates/{kind}/{language}/preview")
    Templates.Rendered previewStored(@PathVariable String kind, @PathVariable String language) {
        var text = one(kind, language);
        return compiled(new TemplateText(text.subject(), text.body())).render(SampleData.of(text.kind()));
    }

    @Operation(summary = "Render a text with sample data without keeping it (ADMIN)")
    @PostMapping("/api/notice-templates/{kind}/preview")
    Templates.Rendered preview(@PathVariable String kind, @Valid @RequestBody TemplateText text) {
        return compiled(text).render(SampleData.of(kind(kind)));
    }

    private static Templates.Compiled compiled(TemplateText text) {
        var errors = new ArrayList<FieldProblem>();
        try {
            Templates.compile(text.subject(), "");
        } catch (MustacheException e) {
            errors.add(new FieldProblem("subject", "template", e.getMessage()));
        }
        try {
            Templates.compile("", text.body());
        } catch (MustacheException e) {
            errors.add(new FieldProblem("body", "template", e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return Templates.compile(text.subject(), text.body());
    }

    private static NoticeKind kind(String kind) {
        try {
            return NoticeKind.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(new FieldProblem("kind", "oneOf", "Must be one of "
                    + Arrays.toString(NoticeKind.values()) + "."));
        }
    }

    private static String language(String language) {
        if (!language.matches(LANGUAGE)) {
            throw new InvalidInput(new FieldProblem("language", "Pattern",
                    "Must be a language code such as en, de or pt-BR."));
        }
        return language;
    }
}
