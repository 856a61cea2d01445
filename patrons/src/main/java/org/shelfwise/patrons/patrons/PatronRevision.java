package org.shelfwise.patrons.patrons;

import org.shelfwise.platform.problems.DomainProblem;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.Arrays;
import java.util.List;

/**
 * The version of a patron's record a client says it edited, from its {@code If-Match} header: 428 without one,
 * 412 when the record moved on. The same problem types as the catalogue's records, so a client handles both alike.
 */
record PatronRevision(List<String> accepted) {

    /** The ETag of a version: strong, e.g. {@code "3"}. */
    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** A 200 with the version's ETag; a client must ask again before reusing it (a patron's record is private). */
    static ResponseEntity.BodyBuilder current(long version) {
        return ResponseEntity.ok().eTag(etag(version)).cacheControl(CacheControl.noCache().cachePrivate());
    }

    static PatronRevision required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new Problem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "If-Match required",
                    "Send the ETag of the version you edited in If-Match, so that another change is never overwritten.");
        }
        return new PatronRevision(Arrays.stream(ifMatch.split(",")).map(String::strip).toList());
    }

    /** Refuses with 412 unless the current version is one the client named; weak tags never match (RFC 9110). */
    void check(long current) {
        if (!accepted.contains("*") && !accepted.contains(etag(current))) {
            throw new Problem(HttpStatus.PRECONDITION_FAILED, "stale-revision", "Patron changed meanwhile",
                    "The patron is at version " + etag(current) + ", not " + String.join(", ", accepted)
                            + ". Read it again and reapply your change.");
        }
    }

    /** 412 and 428 problems. */
    static final class Problem extends DomainProblem {
        Problem(HttpStatus status, String type, String title, String detail) {
            super(status, type, title, detail);
        }
    }
}
