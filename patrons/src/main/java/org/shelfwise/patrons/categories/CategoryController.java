package org.shelfwise.patrons.categories;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.shelfwise.platform.problems.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Patron categories: everyone may read them; an administrator defines them. */
@Tag(name = "Patron categories")
@RestController
@RequestMapping("/api/patron-categories")
class CategoryController {

    private final Categories categories;

    CategoryController(Categories categories) {
        this.categories = categories;
    }

    @Operation(summary = "All patron categories with their limits")
    @GetMapping
    List<Category> all() {
        return categories.all();
    }

    @Operation(summary = "One patron category")
    @GetMapping("/{code}")
    Category one(@PathVariable String code) {
        return categories.find(code).orElseThrow(() -> new NotFound("Category", "code", code));
    }

    @Operation(summary = "Define or change a category (ADMIN)")
    @PutMapping("/{code}")
    Category put(@PathVariable @Pattern(regexp = "[a-z][a-z0-9-]{0,31}", message = "must be 1 to 32 lower-case letters, digits or hyphens, starting with a letter") String code,
                 @Valid @RequestBody Category category) {
        var stored = new Category(code, category.name().strip(), category.maxOpenLoans(), category.maxHolds(),
                category.maxFineBalance().setScale(2), category.cardValidityMonths());
        categories.put(stored);
        return stored;
    }
}
