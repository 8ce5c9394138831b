package se.esp.bootstrap.security;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Base64;

/**
 * DEMO RUN ONLY: the RSA key pair that signs demo tokens. Generated when the server starts, held in memory only,
 * never written anywhere and never in the repository, so a demo token is worthless on any other server and
 * after a restart. Production never uses it: there the verification key is the owner's identity provider's.
 */
public final class DemoSigningKey {

    /** The issuer ({@code iss}) of demo tokens. */
    public static final String ISSUER = "urn:esp:demo";

    private static final KeyPair KEYS = generate();

    private DemoSigningKey() {
    }

    static PrivateKey privateKey() {
        return KEYS.getPrivate();
    }

    /** The public key as PEM, the form {@code mp.jwt.verify.publickey} accepts. */
    public static String publicKeyPem() {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(KEYS.getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----";
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot generate an RSA key pair", e);
        }
    }
}
