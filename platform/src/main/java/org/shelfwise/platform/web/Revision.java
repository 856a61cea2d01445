package org.shelfwise.platform.web;

import org.shelfwise.platform.problems.DomainProblem;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.Arrays;
import java.util.List;

/**
 * The version a client says it edited, from its {@code If-Match} header: the optimistic lock that turns a
 * would-be lost update into a 412 (and a missing header into a 428). Our ETags are strong and carry the row's
 * version, e.g. {@code "3"}. Every service answers with the same problem types, so a client handles all alike.
 */
public record Revision(List<String> accepted) {

    private static final Revision ANY = new Revision(List.of("*"));

    /** The ETag of a version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * A 200 with a version's ETag for a public record: anyone may keep it (Spring Security's default
     * {@code no-store} would forbid that) but must ask before using it again: a GET with the ETag in
     * {@code If-None-Match} gets 304 and no body while the version is unchanged.
     */
    public static ResponseEntity.BodyBuilder current(long version) {
        return ResponseEntity.ok().eTag(etag(version)).cacheControl(CacheControl.noCache());
    }

    /** The same for a private record (a patron's): only the client that asked may keep it. */
    public static ResponseEntity.BodyBuilder currentPrivate(long version) {
        return ResponseEntity.ok().eTag(etag(version)).cacheControl(CacheControl.noCache().cachePrivate());
    }

    /** For replacing and patching: a client must say which version it edited (428 when it does not). */
    public static Revision required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new Problem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "If-Match required",
                    "Send the ETag of the version you edited in If-Match, so that another change is never overwritten.");
        }
        return parse(ifMatch);
    }

    /** For deleting: an If-Match is honoured when sent, but not required. */
    public static Revision optional(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? ANY : parse(ifMatch);
    }

    private static Revision parse(String ifMatch) {
        return new Revision(Arrays.stream(ifMatch.split(",")).map(String::strip).toList());
    }

    /** Refuses with 412 unless the current version is one the client named; weak tags never match (RFC 9110). */
    public void check(String what, long current) {
        if (!accepted.contains("*") && !accepted.contains(etag(current))) {
            throw new Problem(HttpStatus.PRECONDITION_FAILED, "stale-revision", what + " changed meanwhile",
                    "The " + what.toLowerCase() + " is at version " + etag(current) + ", not " + String.join(", ", accepted)
                            + ". Read it again and reapply your change.");
        }
    }

    /** 412 and 428 problems. */
    public static final class Problem extends DomainProblem {
        Problem(HttpStatus status, String type, String title, String detail) {
            super(status, type, title, detail);
        }
    }
}
