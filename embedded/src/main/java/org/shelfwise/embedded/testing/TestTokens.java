package org.shelfwise.embedded.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.math.BigInteger;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stands in for the patrons service as token issuer in a service's tests: signs access tokens with a test key (ES256,
 * like the real ones) and publishes that key as a JWKS over real HTTP, where {@link EmbeddedInfrastructureInitializer}
 * points {@code shelfwise.security.jwks-uri}. The service under test so verifies tokens with its production decoder.
 * Also makes the tokens a resource server must refuse: expired, tampered, signed with another key, unsigned
 * ({@code alg: none}), from another issuer, and with the high-S form of a valid signature.
 */
public final class TestTokens {

    /** The issuer the services accept by default. */
    public static final String ISSUER = "shelfwise";

    private static final ECKey KEY = generate("test-key");
    private static final ECKey OTHER_KEY = generate("test-key"); // same kid: only the signature can tell them apart
    // a key id the published keys do not have, as just after a key rotation
    private static final ECKey NEXT_KEY = generate("next-key");
    private static volatile String jwksUri;
    private static final BigInteger P256_ORDER = Curve.P_256.toECParameterSpec().getOrder();

    private TestTokens() {
    }

    /** The published keys as a JWKS document, for a test that serves them itself. */
    public static String jwks() {
        return new JWKSet(KEY.toPublicJWK()).toString();
    }

    /** Where the test key is published; starts the little JWKS server on first use, on a free port. */
    public static synchronized String jwksUri() {
        if (jwksUri == null) {
            try {
                var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                byte[] body = jwks().getBytes(StandardCharsets.UTF_8);
                server.createContext("/jwks", exchange -> {
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    try (var out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                });
                server.start(); // its dispatcher thread is not a daemon; stop it when the test JVM ends
                Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
                jwksUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return jwksUri;
    }

    /** A librarian at the desk. */
    public static String librarian() {
        return withRoles("LIBRARIAN");
    }

    /** The administrator, who (like the real {@code admin} account) is a librarian as well. */
    public static String admin() {
        return withRoles("ADMIN", "LIBRARIAN");
    }

    /** A signed-in patron. */
    public static String patron(UUID patronId) {
        return sign(claims("PATRON").claim("patron_id", patronId.toString()).build(), KEY);
    }

    /** A valid access token for someone with these roles. */
    public static String withRoles(String... roles) {
        return sign(claims(roles).build(), KEY);
    }

    /** The claims of a valid access token, to adjust before {@link #sign signing}. */
    public static JWTClaimsSet.Builder claims(String... roles) {
        var now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject(UUID.randomUUID().toString())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .claim("username", "test-" + String.join("-", roles).toLowerCase())
                .claim("roles", List.of(roles));
    }

    /** Signs these claims with ES256 and this key. */
    public static String sign(JWTClaimsSet claims, ECKey key) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new ECDSASigner(key));
            // the JCA signer makes either form of an ECDSA signature; verifiers accept the low-S one only
            return isLowS(jwt.serialize()) ? jwt.serialize() : flipS(jwt.serialize());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A librarian's token that expired five minutes ago (beyond the usual minute of allowed clock skew). */
    public static String expired() {
        var past = Instant.now().minus(Duration.ofMinutes(20));
        return sign(claims("LIBRARIAN").issueTime(Date.from(past))
                .expirationTime(Date.from(past.plus(Duration.ofMinutes(15)))).build(), KEY);
    }

    /** A librarian's token, well signed, from an issuer the service does not trust. */
    public static String wrongIssuer() {
        return sign(claims("LIBRARIAN").issuer("https://sso.elsewhere.example").build(), KEY);
    }

    /** A librarian's token signed with another key that names the trusted key's id. */
    public static String signedByAnotherKey() {
        return sign(claims("LIBRARIAN").build(), OTHER_KEY);
    }

    /** Signed by a key whose id is not published (yet): a verifier fetches the keys again to look for it. */
    public static String signedByAnUnknownKeyId() {
        return sign(claims("LIBRARIAN").build(), NEXT_KEY);
    }

    /** A patron's valid token whose payload was then changed to make them a librarian (and admin). */
    public static String tampered() {
        return tamper(patron(UUID.randomUUID()));
    }

    /** A librarian's token with no signature at all ({@code alg: none}). */
    public static String unsigned() {
        return withoutSignature(librarian());
    }

    /** This token with its payload changed to claim the LIBRARIAN and ADMIN roles, its signature kept. */
    public static String tamper(String token) {
        try {
            var jwt = SignedJWT.parse(token);
            var claims = new JWTClaimsSet.Builder(jwt.getJWTClaimsSet())
                    .claim("roles", List.of("PATRON", "LIBRARIAN", "ADMIN")).build();
            String[] parts = token.split("\\.");
            return parts[0] + "." + Base64URL.encode(claims.toString()) + "." + parts[2];
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * A valid librarian's token whose signature (r, s) was turned into the other valid form, (r, n - s): the same
     * claims, signed by the same key, in a second text (signature malleability). Verifiers accept only low S.
     */
    public static String highS() {
        return flipS(librarian());
    }

    /** This ES256 token with S replaced by n - S, the signature's other valid form. */
    public static String flipS(String token) {
        int lastDot = token.lastIndexOf('.');
        byte[] signature = new Base64URL(token.substring(lastDot + 1)).decode();
        var s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        byte[] flipped = P256_ORDER.subtract(s).toByteArray();
        byte[] result = Arrays.copyOf(signature, 64);
        Arrays.fill(result, 32, 64, (byte) 0);
        int length = Math.min(flipped.length, 32);
        System.arraycopy(flipped, flipped.length - length, result, 64 - length, length);
        return token.substring(0, lastDot + 1) + Base64URL.encode(result);
    }

    /** Whether this ES256 token's S is at most n/2. */
    public static boolean isLowS(String token) {
        byte[] signature = new Base64URL(token.substring(token.lastIndexOf('.') + 1)).decode();
        return new BigInteger(1, Arrays.copyOfRange(signature, 32, 64)).compareTo(P256_ORDER.shiftRight(1)) <= 0;
    }

    /** This token's claims as an unsecured JWT: header {@code {"alg":"none"}} and an empty signature. */
    public static String withoutSignature(String token) {
        try {
            return new PlainJWT(SignedJWT.parse(token).getJWTClaimsSet()).serialize();
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Every kind of token a resource server must answer with 401, by name, for parameterized tests. */
    public static Map<String, String> refusedTokens() {
        var tokens = new LinkedHashMap<String, String>();
        tokens.put("expired", expired());
        tokens.put("tampered", tampered());
        tokens.put("signed with another key", signedByAnotherKey());
        tokens.put("alg none", unsigned());
        tokens.put("wrong issuer", wrongIssuer());
        tokens.put("high S", highS());
        tokens.put("not a JWT", "not-a-token");
        return tokens;
    }

    /** A fresh P-256 key with this key id. */
    public static ECKey generate(String keyId) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
