package org.shelfwise.gateway.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Which requests the cache may answer: an anonymous {@code GET} of one book ({@code /api/books/{id}}, no query) or of
 * a search ({@code /api/books?...}), asking for JSON in one of the usual ways. Never a request with
 * {@code Authorization}: a shared cache may not answer one from what it stored for another caller unless the answer
 * says it is public (RFC 9111, 3.5), and a token's request also has to meet the token's checks each time.
 */
final class CatalogueReads {

    /** The {@code Accept} headers answered from the cache (all mean JSON here); others go to the catalog. */
    static final List<String> ACCEPTS = List.of("", "*/*", "application/json", "application/json, application/*+json");

    private static final Set<String> ACCEPTED = Set.copyOf(ACCEPTS);
    private static final Pattern BOOK = Pattern.compile("/api/books/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}"
            + "-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");

    private CatalogueReads() {
    }

    /** The key of a request the cache may answer, or empty. */
    static Optional<CacheKey> keyOf(ServerHttpRequest request) {
        var headers = request.getHeaders();
        if (request.getMethod() != HttpMethod.GET || headers.containsHeader(HttpHeaders.AUTHORIZATION)) {
            return Optional.empty();
        }
        List<String> accepts = headers.get(HttpHeaders.ACCEPT);
        String accept = accepts == null ? "" : String.join(", ", accepts).strip();
        if (!ACCEPTED.contains(accept)) {
            return Optional.empty();
        }
        String path = request.getPath().value();
        String query = request.getURI().getRawQuery();
        if (path.equals("/api/books")) {
            return Optional.of(new CacheKey(null, query == null ? path : path + "?" + query, accept));
        }
        var book = BOOK.matcher(path);
        if (book.matches() && query == null) {
            return Optional.of(new CacheKey(UUID.fromString(book.group(1)), null, accept));
        }
        return Optional.empty();
    }

    /** Whether the client asks for an answer fresh from the service ({@code Cache-Control: no-cache}, RFC 9111 5.2.1.4). */
    static boolean wantsFresh(ServerHttpRequest request) {
        var headers = request.getHeaders();
        String cacheControl = String.join(",", headers.getOrEmpty(HttpHeaders.CACHE_CONTROL)).toLowerCase(Locale.ROOT);
        String pragma = String.join(",", headers.getOrEmpty(HttpHeaders.PRAGMA)).toLowerCase(Locale.ROOT);
        return cacheControl.contains("no-cache") || cacheControl.contains("no-store")
                || cacheControl.contains("max-age=0") || pragma.contains("no-cache");
    }

    /** Whether {@code If-None-Match} names this ETag (weak comparison, RFC 9110 13.1.2). */
    static boolean notModified(ServerHttpRequest request, String etag) {
        String ifNoneMatch = request.getHeaders().getFirst(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null || etag == null) {
            return false;
        }
        String tag = weak(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String named = candidate.strip();
            if (named.equals("*") || weak(named).equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static String weak(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }
}
