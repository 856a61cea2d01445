package org.shelfwise.catalog.books;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A title as MARC 245 gives it: the title proper ($a), the rest of it ($b), the number and name of a part ($n, $p),
 * how many leading characters an order by title skips (ind2: 4 for "The "), the statement of responsibility ($c),
 * and the title in its original script (the linked 880), when the record was romanised.
 */
public record Title(@NotBlank @Size(max = 500) String main, @Size(max = 500) String remainder,
                    @Size(max = 200) String partNumber, @Size(max = 500) String partName,
                    @Min(0) @Max(9) Integer nonFiling, @Size(max = 1000) String responsibility,
                    @Size(max = 1000) String originalScript) {

    public Title {
        main = Text.clean(main);
        remainder = Text.clean(remainder);
        partNumber = Text.clean(partNumber);
        partName = Text.clean(partName);
        responsibility = Text.clean(responsibility);
        originalScript = Text.clean(originalScript);
        nonFiling = nonFiling == null || nonFiling == 0 ? null : nonFiling;
    }

    public static Title of(String main, String remainder) {
        return new Title(main, remainder, null, null, null, null, null);
    }

    /** The title an order by title files under: without its non-filing characters ("The projectionist" under P). */
    public String filing() {
        int skip = nonFiling == null ? 0 : Math.min(nonFiling, main.length());
        String filed = main.substring(skip).strip();
        return filed.isEmpty() ? main : filed;
    }
}
