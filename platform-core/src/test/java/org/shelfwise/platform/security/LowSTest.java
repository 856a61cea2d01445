package org.shelfwise.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class LowSTest {

    static final BigInteger N = Curve.P_256.toECParameterSpec().getOrder();

    final ECKey key = generate();

    static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID("k").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String signed(int i) throws Exception {
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("k").build(),
                new JWTClaimsSet.Builder().subject("token " + i).build());
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    static BigInteger s(String token) {
        byte[] signature = new Base64URL(token.substring(token.lastIndexOf('.') + 1)).decode();
        return new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
    }

    boolean verifies(String token, com.nimbusds.jose.JWSVerifier verifier) throws Exception {
        return SignedJWT.parse(token).verify(verifier);
    }

    @Test
    void normalisesEitherFormToTheLowOneWhichStillVerifies() throws Exception {
        int high = 0;
        for (int i = 0; i < 64; i++) {
            String token = signed(i);
            String low = LowS.normalised(token, JWSAlgorithm.ES256);
            if (!low.equals(token)) {
                high++;
                assertThat(s(low)).isEqualTo(N.subtract(s(token)));
            }
            assertThat(s(low)).isLessThanOrEqualTo(N.shiftRight(1));
            assertThat(verifies(low, new ECDSAVerifier(key.toPublicJWK()))).isTrue();
            assertThat(LowS.normalised(low, JWSAlgorithm.ES256)).isEqualTo(low);
        }
        assertThat(high).as("the signer made some high ones to normalise").isPositive();
    }

    @Test
    void refusesTheHighSTwinOfAValidTokenThatPlainNimbusAccepts() throws Exception {
        var factory = new LowSVerifiers();
        for (int i = 0; i < 16; i++) {
            String low = LowS.normalised(signed(i), JWSAlgorithm.ES256);
            String twin = low.substring(0, low.lastIndexOf('.') + 1) + Base64URL.encode(fixed(N.subtract(s(low)), low));
            var header = SignedJWT.parse(low).getHeader();
            var verifier = factory.createJWSVerifier(header, key.toECPublicKey());

            assertThat(verifies(twin, new ECDSAVerifier(key.toPublicJWK()))).as("malleable without the check").isTrue();
            assertThat(verifies(twin, verifier)).isFalse();
            assertThat(verifies(low, verifier)).isTrue();
        }
    }

    /** R of this token with this S, 32 bytes each. */
    static byte[] fixed(BigInteger s, String token) {
        byte[] signature = new Base64URL(token.substring(token.lastIndexOf('.') + 1)).decode();
        byte[] bytes = s.toByteArray();
        byte[] result = Arrays.copyOf(signature, 64);
        Arrays.fill(result, 32, 64, (byte) 0);
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, result, 64 - length, length);
        return result;
    }
}
