package org.shelfwise.gateway.requestid;

import java.util.UUID;
import java.util.regex.Pattern;

/** The request id that ties one call's log lines together across the gateway and the services. */
public final class RequestIds {

    /** The header that carries the id, in both directions. */
    public static final String HEADER = "X-Request-Id";

    // Anything a caller sends ends up in our logs and in the services' logs: accept only short, plain tokens
    // (UUIDs, trace ids, ULIDs) so nobody can inject line breaks or megabytes through it.
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** The caller's id when it is sane, otherwise a fresh one. */
    public static String acceptOrGenerate(String candidate) {
        return candidate != null && SANE.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }
}
