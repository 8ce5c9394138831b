package se.esp.adapter.common.identity;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Objects;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * Verifies a compact JWS bearer token with Nimbus JOSE+JWT's {@link DefaultJWTProcessor}: signed with
 * {@link #ALGORITHMS} by one of the identity provider's RSA keys (at least 2048 bits; {@code alg: none}, HMAC and
 * every other algorithm refused, so a token "signed" with the public key as an HMAC secret is worthless), no
 * critical header parameter ({@code crit}) this server does not understand, a type ({@code typ}) of {@code JWT},
 * {@code at+jwt} or none, and the claim rules of {@link ClaimRules} ({@code exp} required, {@code nbf}, {@code iss},
 * {@code aud}, 60 s clock skew). Every refusal is an {@link InvalidTokenException} saying why.
 *
 * <p>A token whose signature verified is kept verified for {@link #KEPT_VERIFIED} (at most
 * {@link #KEPT_AT_MOST} tokens): the same token comes again and again, with every request of a session and every
 * message of a system's batch, and its RSA verification was a third of a signed-in {@code GET} and of an inbound
 * message. Only the very same token (the whole compact string: header, claims and signature) is taken as verified,
 * and its claim rules are checked again every time, so it still expires on time. A minute is well inside the five
 * minutes the provider's keys are cached ({@link VerificationKeys#CACHE_LIFETIME}), so a key the provider withdraws
 * is trusted no longer than it already was.</p>
 *
 * <p>Thread-safe; build one per server ({@link #create}), since a remote key source caches the provider's keys.</p>
 */
public final class TokenVerifier {

    /** The signature algorithms accepted, on every channel. */
    public static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256);

    /** How long a token whose signature verified is taken as verified without checking the signature again. */
    static final Duration KEPT_VERIFIED = Duration.ofMinutes(1);
    /** At most this many tokens are kept verified; beyond it the expired go, and if none has, all of them. */
    static final int KEPT_AT_MOST = 4_096;

    /** A token's claims, verified with its signature, and until when that verification is kept. */
    private record Verified(JWTClaimsSet claims, Instant keptUntil) {
    }

    private final DefaultJWTProcessor<SecurityContext> processor;
    private final ClaimRules rules;
    private final Clock clock;
    private final String refusal;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final AtomicLong signaturesVerified = new AtomicLong();

    private TokenVerifier(DefaultJWTProcessor<SecurityContext> processor, ClaimRules rules, Clock clock,
                          String refusal) {
        this.processor = processor;
        this.rules = rules;
        this.clock = clock;
        this.refusal = refusal;
    }

    /**
     * A verifier for the settings. Key text is parsed and checked here; a JWKS URL is fetched only when the first
     * token needs it (the identity provider may be down while this server starts).
     *
     * @throws IllegalArgumentException for settings the server must not start with (no key, a malformed or weak
     *                                  key, a plain {@code http:} key location not explicitly allowed), saying why
     */
    public static TokenVerifier create(TokenSettings settings, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT,
                new JOSEObjectType("at+jwt"), null));
        processor.setJWSKeySelector(new RsaKeySelector(VerificationKeys.from(settings, ALGORITHMS), ALGORITHMS));
        ClaimRules rules = new ClaimRules(settings.issuer(), settings.audiences(), clock);
        processor.setJWTClaimsSetVerifier(rules);
        return new TokenVerifier(processor, rules, clock, null);
    }

    /** A verifier that refuses every token, saying why (a server without a configured key). */
    public static TokenVerifier refusingAll(String why) {
        return new TokenVerifier(null, null, Clock.systemUTC(), Objects.requireNonNull(why, "why"));
    }

    /**
     * @param token the compact token, without a scheme
     * @return the verified claims
     * @throws InvalidTokenException if the token is not one this server accepts
     */
    public JWTClaimsSet verify(String token) {
        String compact = BearerCredentials.checked(token == null ? null : token.strip());
        if (refusal != null) {
            throw InvalidTokenException.invalid(refusal);
        }
        Instant now = clock.instant();
        Verified kept = verified.get(compact);
        if (kept != null && now.isBefore(kept.keptUntil())) {
            try {
                rules.verify(kept.claims(), null);
            } catch (BadJWTException e) {
                verified.remove(compact);
                throw claimsRefused(e);
            }
            return kept.claims();
        }
        SignedJWT signed = signed(compact);
        try {
            JWTClaimsSet claims = processor.process(signed, null);
            signaturesVerified.incrementAndGet();
            keep(compact, new Verified(claims, now.plus(KEPT_VERIFIED)));
            return claims;
        } catch (BadJWTException e) {
            throw claimsRefused(e);
        } catch (BadJWSException e) {
            throw InvalidTokenException.invalid("the bearer token's signature does not verify with the identity "
                    + "provider's key", e);
        } catch (BadJOSEException e) {
            throw InvalidTokenException.invalid(refusedHeader(signed.getHeader(), e), e);
        } catch (RateLimitReachedException e) {
            throw InvalidTokenException.invalid("the bearer token names a key" + keyId(signed.getHeader())
                    + " the identity provider's key set does not hold (fetched again too recently to look once more)",
                    e);
        } catch (KeySourceException e) {
            throw InvalidTokenException.invalid("the identity provider's keys are not available: " + e.getMessage(),
                    e);
        } catch (JOSEException e) {
            throw InvalidTokenException.invalid("the bearer token cannot be verified: " + e.getMessage(), e);
        }
    }

    /** How many signatures this verifier has checked (the tokens kept verified not counted again; for tests). */
    long signaturesVerified() {
        return signaturesVerified.get();
    }

    private void keep(String token, Verified verification) {
        if (verified.size() >= KEPT_AT_MOST) {
            Instant now = clock.instant();
            verified.values().removeIf(v -> !now.isBefore(v.keptUntil()));
            if (verified.size() >= KEPT_AT_MOST) {
                verified.clear();
            }
        }
        verified.put(token, verification);
    }

    private static InvalidTokenException claimsRefused(BadJWTException e) {
        return InvalidTokenException.invalid(e.getMessage() != null && e.getMessage().startsWith("the bearer token")
                ? e.getMessage() : "the bearer token's claims are not valid: " + e.getMessage(), e);
    }

    /** Parsed, signed, with an accepted algorithm and no critical parameter: what is refused before any key. */
    private static SignedJWT signed(String token) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            throw InvalidTokenException.invalid("the bearer token is not a JWT", e);
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw InvalidTokenException.invalid(com.nimbusds.jose.Algorithm.NONE.equals(jwt.getHeader().getAlgorithm())
                    ? "the bearer token is not signed (alg none)" : "the bearer token is not a signed JWT");
        }
        JWSHeader header = signed.getHeader();
        if (!ALGORITHMS.contains(header.getAlgorithm())) {
            throw InvalidTokenException.invalid("the bearer token is signed with " + printable(header.getAlgorithm()
                    .getName()) + "; only " + ALGORITHMS.stream().map(JWSAlgorithm::getName).sorted().toList()
                    + " are accepted");
        }
        if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
            throw InvalidTokenException.invalid("the bearer token marks header parameters as critical (crit) that "
                    + "this server does not understand");
        }
        return signed;
    }

    private static String refusedHeader(JWSHeader header, BadJOSEException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("typ")) {
            return "the bearer token's type (typ) is not JWT";
        }
        if (message.contains("no matching key")) {
            return header.getKeyID() == null ? "no key of the identity provider verifies the bearer token"
                    : "the bearer token names a key" + keyId(header) + " the identity provider does not have";
        }
        return "the bearer token is refused: " + message;
    }

    private static String keyId(JWSHeader header) {
        String id = header.getKeyID();
        return id == null ? "" : " (kid '" + printable(id) + "')";
    }

    /** Text from the token, safe to repeat in a message: short, printable ASCII without quotes. */
    private static String printable(String text) {
        String safe = text.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "?");
        return safe.length() > 40 ? safe.substring(0, 40) + "..." : safe;
    }
}
