package org.shelfwise.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.util.Base64URL;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The low-S form of ECDSA signatures. For every signature (r, s) there is a second valid one, (r, n - s), so
 * anyone can turn a token into another token with the same claims (signature malleability), and anything that
 * tells tokens apart by their text (a cache of verified tokens, a log, a revocation list) would see two. Only the
 * form with s at most n/2 is accepted, and it is the form the issuer produces. Nimbus JOSE checks that r and s lie
 * in [1, n - 1] but accepts either form, and the JCA signer produces either at random.
 */
public final class LowS {

    private LowS() {
    }

    /** Whether this JWS signature (R and S concatenated, as JWS carries them) has its S in the lower half. */
    public static boolean isLow(JWSAlgorithm algorithm, byte[] signature) {
        var order = order(algorithm);
        if (signature.length % 2 != 0) {
            return false;
        }
        var s = new BigInteger(1, Arrays.copyOfRange(signature, signature.length / 2, signature.length));
        return s.compareTo(order.shiftRight(1)) <= 0;
    }

    /** This compact ECDSA-signed JWS in the low-S form: itself when it has it, else with S replaced by n - S. */
    public static String normalised(String compactJws, JWSAlgorithm algorithm) {
        int lastDot = compactJws.lastIndexOf('.');
        byte[] signature = new Base64URL(compactJws.substring(lastDot + 1)).decode();
        if (isLow(algorithm, signature)) {
            return compactJws;
        }
        int half = signature.length / 2;
        var s = new BigInteger(1, Arrays.copyOfRange(signature, half, signature.length));
        byte[] low = order(algorithm).subtract(s).toByteArray();
        byte[] flipped = Arrays.copyOf(signature, signature.length);
        // n - s fits in half the bytes; toByteArray may add a sign byte in front, or need padding with zeros
        Arrays.fill(flipped, half, signature.length, (byte) 0);
        int length = Math.min(low.length, half);
        System.arraycopy(low, low.length - length, flipped, signature.length - length, length);
        return compactJws.substring(0, lastDot + 1) + Base64URL.encode(flipped);
    }

    private static BigInteger order(JWSAlgorithm algorithm) {
        var curves = Curve.forJWSAlgorithm(algorithm);
        if (curves == null || curves.size() != 1) {
            throw new IllegalArgumentException("not an ECDSA algorithm of one curve: " + algorithm);
        }
        return curves.iterator().next().toECParameterSpec().getOrder();
    }
}
