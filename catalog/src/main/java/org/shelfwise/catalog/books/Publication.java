package org.shelfwise.catalog.books;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * Where, by whom and when a work was published (MARC 260/264 $a $b $c), the year as a number for filters and
 * orders (from the date, else from 008/07-10).
 */
public record Publication(@Size(max = 500) String place, @Size(max = 500) String publisher,
                          @Size(max = 100) String date, @Min(1000) @Max(2100) Integer year) {

    public static final Publication NONE = new Publication(null, null, null, null);

    public Publication {
        place = Text.clean(place);
        publisher = Text.clean(publisher);
        date = Text.clean(date);
    }
}
