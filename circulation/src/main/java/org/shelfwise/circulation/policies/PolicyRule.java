package org.shelfwise.circulation.policies;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.shelfwise.platform.input.SingleLine;

/**
 * Which policy applies to a patron category, item type and branch; a null (or absent) part matches anything. A
 * blank part is refused rather than read as "anything", which the client may not have meant.
 */
public record PolicyRule(Long id,
                         @Size(max = 32) @SingleLine @Pattern(regexp = ".*\\S.*", message = NOT_BLANK) String patronCategory,
                         @Size(max = 32) @SingleLine @Pattern(regexp = ".*\\S.*", message = NOT_BLANK) String itemType,
                         @Size(max = 64) @SingleLine @Pattern(regexp = ".*\\S.*", message = NOT_BLANK) String branch,
                         @NotBlank @SingleLine @Size(max = 40) String policyId) {

    static final String NOT_BLANK = "must not be blank: leave it out (or null) to match anything";
}
