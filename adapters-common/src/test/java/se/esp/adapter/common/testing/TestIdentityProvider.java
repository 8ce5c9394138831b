package se.esp.adapter.common.testing;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import se.esp.adapter.common.identity.BearerIdentities;
import se.esp.adapter.common.identity.CallerClaims;
import se.esp.adapter.common.identity.TokenSettings;
import se.esp.adapter.common.identity.TokenVerifier;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;

/**
 * Stands in for the owner's identity provider in tests: an RSA key pair of its own (2048 bits unless asked
 * otherwise) with a key id, and signed tokens carrying the claims eSP reads. {@link #token(ActingUser)} is a token
 * the server accepts; {@link #claims(String)} builds any other (expired, of another issuer, with a critical header,
 * unsigned, "signed" with HS256 and the public key as secret…). {@link #settings()} and {@link #identities()} are
 * the server's side trusting this provider.
 */
public final class TestIdentityProvider {

    public static final String ISSUER = "urn:esp:test-idp";
    public static final String AUDIENCE = "esp";

    private final KeyPair keys;
    private final String keyId;

    public TestIdentityProvider() {
        this(2048, "test-" + UUID.randomUUID());
    }

    public TestIdentityProvider(int bits, String keyId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            this.keys = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        this.keyId = keyId;
    }

    public String keyId() {
        return keyId;
    }

    /** The public key as PEM, the form {@code mp.jwt.verify.publickey} takes. */
    public String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----";
    }

    /** The public key as a JWK with this provider's key id. */
    public RSAKey publicJwk() {
        return new RSAKey.Builder((RSAPublicKey) keys.getPublic()).keyID(keyId).keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256).build();
    }

    /** The public key as a JWKS, as a provider serves it. */
    public String jwks() {
        return new JWKSet(publicJwk()).toString();
    }

    /** The server's settings trusting this provider: its PEM key, {@link #ISSUER}, {@link #AUDIENCE}. */
    public TokenSettings settings() {
        return TokenSettings.keyText(publicKeyPem(), ISSUER, Set.of(AUDIENCE));
    }

    /** The server's identification trusting this provider (the system clock). */
    public BearerIdentities identities() {
        return new BearerIdentities(TokenVerifier.create(settings(), Clock.systemUTC()));
    }

    /** A token the server accepts for the user, valid for ten minutes. */
    public String token(ActingUser user) {
        Claims claims = claims(user.userId());
        if (user.organisationId() != null) {
            claims.organisation(user.organisationId().toString());
        }
        return claims.groups(user.roles().stream().map(UserRole::name).toArray(String[]::new)).sign();
    }

    /** {@code Bearer <token>}: the {@code Authorization} header for the user. */
    public String bearer(ActingUser user) {
        return "Bearer " + token(user);
    }

    /** A token with {@code sub}, this provider's issuer and audience, valid for ten minutes: change what you need. */
    public Claims claims(String subject) {
        return new Claims(subject);
    }

    /** A token under construction; {@link #sign()} signs it with this provider's key. */
    public final class Claims {

        private final Map<String, Object> claims = new LinkedHashMap<>();
        private final Map<String, Object> headerParameters = new LinkedHashMap<>();
        private final Set<String> critical = new LinkedHashSet<>();
        private String tokenKeyId = keyId;
        private JOSEObjectType type = JOSEObjectType.JWT;

        private Claims(String subject) {
            Instant now = Instant.now();
            claim("iss", ISSUER);
            claim("aud", AUDIENCE);
            if (subject != null) {
                claim("sub", subject);
            }
            claim("iat", now.getEpochSecond());
            claim("exp", now.plus(Duration.ofMinutes(10)).getEpochSecond());
            claim("jti", UUID.randomUUID().toString());
        }

        /** Any claim; {@code null} removes it. */
        public Claims claim(String name, Object value) {
            if (value == null) {
                claims.remove(name);
            } else {
                claims.put(name, value);
            }
            return this;
        }

        public Claims without(String name) {
            return claim(name, null);
        }

        public Claims organisation(String organisationId) {
            return claim(CallerClaims.ORGANISATION_CLAIM, organisationId);
        }

        public Claims groups(String... groups) {
            return claim(CallerClaims.GROUPS_CLAIM, List.of(groups));
        }

        public Claims issuer(String issuer) {
            return claim("iss", issuer);
        }

        public Claims audience(String audience) {
            return claim("aud", audience);
        }

        /** {@code exp} this long from now (negative: already expired). */
        public Claims expiresIn(Duration validFor) {
            return claim("exp", Instant.now().plus(validFor).getEpochSecond());
        }

        /** {@code nbf} this long from now. */
        public Claims notBeforeIn(Duration wait) {
            return claim("nbf", Instant.now().plus(wait).getEpochSecond());
        }

        /** The header's {@code kid}; {@code null}: none. */
        public Claims keyId(String id) {
            tokenKeyId = id;
            return this;
        }

        /** The header's {@code typ}; {@code null}: none. */
        public Claims type(String typ) {
            type = typ == null ? null : new JOSEObjectType(typ);
            return this;
        }

        /** A header parameter marked critical ({@code crit}), which a verifier must understand or refuse. */
        public Claims critical(String parameter, Object value) {
            headerParameters.put(parameter, value);
            critical.add(parameter);
            return this;
        }

        /** Signed with RS256 by this provider's key (weak keys too: the verifier, not the signer, must refuse). */
        public String sign() {
            JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(tokenKeyId).type(type)
                    .customParams(headerParameters);
            if (!critical.isEmpty()) {
                header.criticalParams(critical);
            }
            SignedJWT jwt = new SignedJWT(header.build(), claimsSet());
            try {
                jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate(), true));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }

        /** "Signed" with HS256 and this provider's public PEM as the shared secret: the algorithm confusion attack. */
        public String signHs256WithThePublicKey() {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(tokenKeyId).type(type)
                    .build(), claimsSet());
            try {
                jwt.sign(new MACSigner(publicKeyPem().getBytes(StandardCharsets.US_ASCII)));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }

        /** Not signed at all: {@code alg: none}. */
        public String unsigned() {
            return new PlainJWT(claimsSet()).serialize();
        }

        private JWTClaimsSet claimsSet() {
            JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
            claims.forEach((name, value) -> builder.claim(name, switch (name) {
                case "exp", "nbf", "iat" -> value instanceof Number seconds
                        ? Date.from(Instant.ofEpochSecond(seconds.longValue())) : value;
                default -> value instanceof List<?> list ? new ArrayList<>(list) : value;
            }));
            return builder.build();
        }
    }
}
