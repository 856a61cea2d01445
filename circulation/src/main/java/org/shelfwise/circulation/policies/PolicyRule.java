package org.shelfwise.circulation.policies;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Which policy applies to a patron category, item type and branch; a null part matches anything. */
public record PolicyRule(Long id, @Size(max = 32) String patronCategory, @Size(max = 32) String itemType,
                         @Size(max = 64) String branch, @NotBlank String policyId) {
}
