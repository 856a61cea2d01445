package org.shelfwise.gateway.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The low-S form of ECDSA signatures. For every signature (r, s) there is a second valid one, (r, n - s), so
 * anyone can turn a token into another token with the same claims (signature malleability), and anything that
 * tells tokens apart by their text (a cache of verified tokens, a log, a revocation list) would see two. Only the
 * form with s at most n/2 is accepted, and it is the form the issuer (patrons) produces. Nimbus JOSE checks that r
 * and s lie in [1, n - 1] but accepts either form. The same check as platform's {@code LowS}, which the gateway
 * cannot share: it is WebFlux, the platform is servlet.
 */
final class LowS {

    private LowS() {
    }

    /** Whether this JWS signature (R and S concatenated, as JWS carries them) has its S in the lower half. */
    static boolean isLow(JWSAlgorithm algorithm, byte[] signature) {
        var order = order(algorithm);
        if (signature.length % 2 != 0) {
            return false;
        }
        var s = new BigInteger(1, Arrays.copyOfRange(signature, signature.length / 2, signature.length));
        return s.compareTo(order.shiftRight(1)) <= 0;
    }

    private static BigInteger order(JWSAlgorithm algorithm) {
        var curves = Curve.forJWSAlgorithm(algorithm);
        if (curves == null || curves.size() != 1) {
            throw new IllegalArgumentException("not an ECDSA algorithm of one curve: " + algorithm);
        }
        return curves.iterator().next().toECParameterSpec().getOrder();
    }
}
