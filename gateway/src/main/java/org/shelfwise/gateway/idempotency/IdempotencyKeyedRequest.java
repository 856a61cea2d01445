package org.shelfwise.gateway.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * One request that carried an idempotency key, reduced to what identifies it: the key counts only for the same
 * caller, method and path, and the body must be the same each time.
 *
 * @param key         where the store keeps it
 * @param fingerprint the hash of its body
 */
record IdempotencyKeyedRequest(String key, String fingerprint) {

    /** The header a client sets, after the IETF draft "The Idempotency-Key HTTP Header Field". */
    static final String HEADER = "Idempotency-Key";

    static IdempotencyKeyedRequest of(ServerHttpRequest request, String caller, String idempotencyKey, byte[] body) {
        String scope = String.join("\n", caller, request.getMethod().name(), request.getURI().getRawPath(),
                idempotencyKey);
        return new IdempotencyKeyedRequest("idempotency:" + sha256(scope.getBytes(StandardCharsets.UTF_8)),
                sha256(body));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
