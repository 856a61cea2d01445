package org.shelfwise.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who is calling, read from their access token: their roles and, for a patron, which patron they are.
 *
 * @param subject  the account's id
 * @param roles    PATRON, LIBRARIAN and/or ADMIN
 * @param patronId the patron a PATRON token belongs to
 */
public record CurrentUser(String subject, Set<String> roles, Optional<UUID> patronId) {

    public static CurrentUser of(Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof Jwt jwt)) {
            throw new IllegalStateException("not signed in with an access token");
        }
        // the roles as the authorities hold them, so that the configured roles claim applies here too
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5))
                .collect(Collectors.toUnmodifiableSet());
        String patron = jwt.getClaimAsString("patron_id");
        return new CurrentUser(jwt.getSubject(), roles, Optional.ofNullable(patron).map(UUID::fromString));
    }

    /** Library staff act for any patron. */
    public boolean isStaff() {
        return roles.contains("LIBRARIAN") || roles.contains("ADMIN");
    }

    /** Staff may act for any patron; a patron only for themself. */
    public boolean mayActFor(UUID patron) {
        return isStaff() || patronId.filter(patron::equals).isPresent();
    }

    /** Refuses with {@link NotYours} (403) unless {@link #mayActFor} this patron. */
    public void checkMayActFor(UUID patron) {
        if (!mayActFor(patron)) {
            throw new NotYours();
        }
    }
}
