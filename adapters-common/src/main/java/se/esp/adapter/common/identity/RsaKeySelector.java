package se.esp.adapter.common.identity;

import java.security.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * The keys a token's signature may be checked with: RSA signing keys for one of the accepted algorithms; of those
 * the one whose id the token names ({@code kid}), else the keys without an id (a PEM key has none), as MicroProfile
 * JWT does; a token that names no key id may be signed by any of them. Asking the source for a key id it lacks makes
 * a remote source fetch the key set again (a rotation). A key shorter than {@value VerificationKeys#MIN_RSA_BITS}
 * bits is refused, also when the provider serves one.
 */
final class RsaKeySelector implements JWSKeySelector<SecurityContext> {

    private final JWKSource<SecurityContext> keys;
    private final Set<JWSAlgorithm> algorithms;

    RsaKeySelector(JWKSource<SecurityContext> keys, Set<JWSAlgorithm> algorithms) {
        this.keys = keys;
        this.algorithms = Set.copyOf(algorithms);
    }

    @Override
    public List<? extends Key> selectJWSKeys(JWSHeader header, SecurityContext context) throws KeySourceException {
        if (!algorithms.contains(header.getAlgorithm())) {
            return List.of();
        }
        JWKMatcher signingKeys = new JWKMatcher.Builder().keyType(KeyType.RSA).keyUses(KeyUse.SIGNATURE, null)
                .algorithms(header.getAlgorithm(), null).build();
        String keyId = header.getKeyID();
        if (keyId == null) {
            return publicKeys(keys.get(new JWKSelector(signingKeys), context));
        }
        List<JWK> named = keys.get(new JWKSelector(new JWKMatcher.Builder(signingKeys).keyID(keyId).build()),
                context);
        // else the keys without an id: asked for as every signing key, so a remote source is not asked again
        return publicKeys(named.isEmpty() ? keys.get(new JWKSelector(signingKeys), context).stream()
                .filter(key -> key.getKeyID() == null).toList() : named);
    }

    private static List<Key> publicKeys(List<JWK> selected) throws KeySourceException {
        List<Key> result = new ArrayList<>();
        for (JWK key : selected) {
            RSAKey rsa = (RSAKey) key;
            try {
                VerificationKeys.requireStrong(rsa);
                result.add(rsa.toRSAPublicKey());
            } catch (IllegalArgumentException | JOSEException e) {
                throw new KeySourceException("the identity provider's key cannot be used: " + e.getMessage(), e);
            }
        }
        return result;
    }
}
