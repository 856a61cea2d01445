package org.shelfwise.catalog.books;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where the resource, or something about it, is online (MARC 856 $u), and what the link is ($y, $3 or $z). */
public record Link(@NotBlank @Size(max = 2000) @Pattern(regexp = "(?i)(https?|ftp)://\\S+", message = "must be an http, https or ftp URL")
                   String url, @Size(max = 500) String text) {

    public Link {
        url = Text.clean(url);
        text = Text.clean(text);
    }
}
