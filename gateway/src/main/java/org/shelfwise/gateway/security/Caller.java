package org.shelfwise.gateway.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Who is calling, from their verified access token: the gateway's counterpart of the services' {@code CurrentUser}.
 *
 * @param subject  the account's id
 * @param roles    PATRON, LIBRARIAN and/or ADMIN
 * @param patronId the patron a PATRON token belongs to
 */
public record Caller(String subject, Set<String> roles, Optional<UUID> patronId) {

    /**
     * The order of a web filter that runs once the caller is known: right after Spring Security's filter chain
     * (order -100, {@code WebFluxSecurityConfiguration.WEB_FILTER_CHAIN_FILTER_ORDER}, which is not public).
     */
    public static final int KNOWN = -100 + 1;

    /** The caller of a request the security filters have let through with a verified token. */
    public static Caller of(Authentication authentication, String rolesClaim) {
        if (!(authentication.getPrincipal() instanceof Jwt jwt)) {
            throw new IllegalStateException("not signed in with an access token");
        }
        List<String> roles = jwt.getClaimAsStringList(rolesClaim);
        String patron = jwt.getClaimAsString("patron_id");
        return new Caller(jwt.getSubject(), roles == null ? Set.of() : Set.copyOf(roles),
                Optional.ofNullable(patron).map(UUID::fromString));
    }

    /** Library staff act for any patron. */
    public boolean isStaff() {
        return roles.contains("LIBRARIAN") || roles.contains("ADMIN");
    }

    /** Staff may act for any patron; a patron only for themself. */
    public boolean mayActFor(UUID patron) {
        return isStaff() || patronId.filter(patron::equals).isPresent();
    }

    /**
     * The key that rate limits and idempotency records are kept under: the verified token's subject, or the
     * client's address for a request without a token. Never read from an unverified token: anyone could name any
     * subject there, and spend another's limit or replay another's answers.
     */
    public static Mono<String> key(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(principal -> principal instanceof Authentication authentication && authentication.isAuthenticated())
                .map(principal -> "subject:" + principal.getName())
                .defaultIfEmpty(address(exchange));
    }

    private static String address(ServerWebExchange exchange) {
        String client = clientAddress(exchange.getRequest());
        return "address:" + (client == null ? "unknown" : client);
    }

    /**
     * The client's address, as connected or as a trusted proxy named it ({@link TrustedProxies}, which leaves it
     * an unresolved address literal); {@code null} if unknown.
     */
    static String clientAddress(ServerHttpRequest request) {
        var address = request.getRemoteAddress();
        if (address == null) {
            return null;
        }
        return address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
    }
}
