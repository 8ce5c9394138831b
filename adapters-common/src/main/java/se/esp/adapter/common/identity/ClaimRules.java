package se.esp.adapter.common.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * The registered claims every token must satisfy once its signature holds: an expiry ({@code exp}) not passed and a
 * start ({@code nbf}, if any) reached, both within {@link #CLOCK_SKEW}; the configured issuer ({@code iss}); and,
 * when audiences are configured, one of them in {@code aud}. Each refusal says which rule, in words for a person.
 */
final class ClaimRules implements JWTClaimsSetVerifier<SecurityContext> {

    /** How far the provider's clock and ours may disagree. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final String issuer;
    private final Set<String> audiences;
    private final Clock clock;

    ClaimRules(String issuer, Set<String> audiences, Clock clock) {
        this.issuer = issuer;
        this.audiences = Set.copyOf(audiences);
        this.clock = clock;
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
        Instant now = clock.instant();
        Date expires = claims.getExpirationTime();
        if (expires == null) {
            throw new BadJWTException("the bearer token has no expiry (exp)");
        }
        if (now.isAfter(expires.toInstant().plus(CLOCK_SKEW))) {
            throw new BadJWTException("the bearer token expired at " + expires.toInstant());
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && now.isBefore(notBefore.toInstant().minus(CLOCK_SKEW))) {
            throw new BadJWTException("the bearer token is not valid before " + notBefore.toInstant());
        }
        if (issuer != null && !issuer.equals(claims.getIssuer())) {
            throw new BadJWTException("the bearer token is from another issuer (iss)");
        }
        if (!audiences.isEmpty()) {
            List<String> audience = claims.getAudience();
            if (audience == null || audience.stream().noneMatch(audiences::contains)) {
                throw new BadJWTException("the bearer token is for another audience (aud)");
            }
        }
    }
}
