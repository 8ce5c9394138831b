package se.esp.adapter.web.credential;

import java.util.Objects;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.json.JsonObject;

/**
 * Signs a credential with the VC-JWT proof format Open Badges 3.0 lists: a compact JWS, {@code RS256} (the
 * algorithm every OB 3.0 verifier supports), {@code typ} {@code JWT}, and the signing key named by {@code kid} so a
 * verifier finds it in the issuer's published key set. The payload is the credential JSON as given, byte for byte.
 */
public final class VcJwt {

    private final RSAKey key;

    /** @param key the owner's private signing key, with its key id */
    public VcJwt(RSAKey key) {
        this.key = Objects.requireNonNull(key, "key");
        if (!key.isPrivate() || key.getKeyID() == null) {
            throw new IllegalArgumentException("signing needs the private key and its key id");
        }
    }

    public String sign(JsonObject credential) {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(key.getKeyID()).build(), new Payload(credential.toString()));
        try {
            jws.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("the credential could not be signed with key " + key.getKeyID(), e);
        }
        return jws.serialize();
    }
}
