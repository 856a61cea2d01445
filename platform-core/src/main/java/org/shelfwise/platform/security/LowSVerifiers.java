package org.shelfwise.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;

import java.security.Key;
import java.util.Set;

/**
 * Nimbus JOSE's verifiers, with ECDSA signatures accepted only in their low-S form ({@link LowS}): a token whose
 * signature was turned into the other valid form fails verification like an altered one (401).
 */
public final class LowSVerifiers extends DefaultJWSVerifierFactory {

    @Override
    public JWSVerifier createJWSVerifier(JWSHeader header, Key key) throws JOSEException {
        var verifier = super.createJWSVerifier(header, key);
        return JWSAlgorithm.Family.EC.contains(header.getAlgorithm()) ? new LowSOnly(verifier) : verifier;
    }

    private record LowSOnly(JWSVerifier verifier) implements JWSVerifier {

        @Override
        public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) throws JOSEException {
            return LowS.isLow(header.getAlgorithm(), signature.decode())
                    && verifier.verify(header, signingInput, signature);
        }

        @Override
        public Set<JWSAlgorithm> supportedJWSAlgorithms() {
            return verifier.supportedJWSAlgorithms();
        }

        @Override
        public JCAContext getJCAContext() {
            return verifier.getJCAContext();
        }
    }
}
