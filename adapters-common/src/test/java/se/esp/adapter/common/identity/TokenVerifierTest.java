package se.esp.adapter.common.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jwt.JWTClaimsSet;

import se.esp.adapter.common.identity.InvalidTokenException.Kind;
import se.esp.adapter.common.testing.TestIdentityProvider;

class TokenVerifierTest {

    private static final String ORGANISATION = UUID.randomUUID().toString();
    private final TestIdentityProvider provider = new TestIdentityProvider();
    private final TokenVerifier verifier = TokenVerifier.create(provider.settings(), Clock.systemUTC());

    @Test
    void acceptsATokenSignedByTheProvidersKeyForItsIssuerAndAudience() {
        JWTClaimsSet claims = verifier.verify(provider.claims("olofstrom-consumer").organisation(ORGANISATION)
                .groups("CONSUMER_STAFF").sign());

        assertThat(claims.getSubject()).isEqualTo("olofstrom-consumer");
        assertThat(claims.getClaim("org_id")).isEqualTo(ORGANISATION);
    }

    @Test
    void refusesAnExpiredTokenButAllowsAMinuteOfClockSkew() {
        assertRefused(provider.claims("u").expiresIn(Duration.ofMinutes(-5)).sign(), "expired");
        assertThat(verifier.verify(provider.claims("u").expiresIn(Duration.ofSeconds(-30)).sign()).getSubject())
                .isEqualTo("u");
        assertRefused(provider.claims("u").without("exp").sign(), "no expiry");
    }

    @Test
    void refusesATokenNotValidYetButAllowsAMinuteOfClockSkew() {
        assertRefused(provider.claims("u").notBeforeIn(Duration.ofMinutes(5)).sign(), "not valid before");
        assertThat(verifier.verify(provider.claims("u").notBeforeIn(Duration.ofSeconds(30)).sign()).getSubject())
                .isEqualTo("u");
    }

    @Test
    void readsTheTimeFromTheGivenClock() {
        String token = provider.claims("u").expiresIn(Duration.ofMinutes(10)).sign();
        TokenVerifier inAnHour = TokenVerifier.create(provider.settings(),
                Clock.fixed(Instant.now().plus(Duration.ofHours(1)), ZoneOffset.UTC));

        assertThatThrownBy(() -> inAnHour.verify(token)).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void refusesATokenOfAnotherIssuerOrAudience() {
        assertRefused(provider.claims("u").issuer("https://evil.example").sign(), "another issuer");
        assertRefused(provider.claims("u").without("iss").sign(), "another issuer");
        assertRefused(provider.claims("u").audience("another-app").sign(), "another audience");
        assertRefused(provider.claims("u").without("aud").sign(), "another audience");
    }

    @Test
    void checksTheAudienceOnlyWhenAudiencesAreConfigured() {
        TokenVerifier anyAudience = TokenVerifier.create(TokenSettings.keyText(provider.publicKeyPem(),
                TestIdentityProvider.ISSUER, Set.of()), Clock.systemUTC());

        assertThat(anyAudience.verify(provider.claims("u").audience("another-app").sign()).getSubject())
                .isEqualTo("u");
        assertThat(anyAudience.verify(provider.claims("u").without("aud").sign()).getSubject()).isEqualTo("u");
    }

    @Test
    void refusesATokenSignedByAnotherKeyOrTamperedWith() {
        assertRefused(new TestIdentityProvider().claims("mallory").sign(), "signature does not verify");
        String[] parts = provider.claims("u").groups("CONSUMER_STAFF").sign().split("\\.");
        String otherClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("CONSUMER_STAFF", "PLATFORM_ADMINISTRATOR").getBytes(StandardCharsets.UTF_8));
        assertRefused(parts[0] + "." + otherClaims + "." + parts[2], "signature does not verify");
        assertRefused(parts[0] + "." + parts[1] + ".", "");
    }

    @Test
    void refusesAnUnsignedToken() {
        assertRefused(provider.claims("u").unsigned(), "not signed (alg none)");
    }

    @Test
    void refusesATokenSignedWithHs256AndThePublicKeyAsSecret() {
        assertRefused(provider.claims("u").signHs256WithThePublicKey(), "signed with HS256; only [RS256]");
    }

    @Test
    void refusesATokenWithACriticalHeaderParameterItDoesNotUnderstand() {
        assertRefused(provider.claims("u").critical("urn:example:must-check", true).sign(), "critical (crit)");
    }

    @Test
    void refusesATokenOfAnotherType() {
        assertRefused(provider.claims("u").type("secevent+jwt").sign(), "type (typ)");
        assertThat(verifier.verify(provider.claims("u").type("at+jwt").sign()).getSubject()).isEqualTo("u");
        assertThat(verifier.verify(provider.claims("u").type(null).sign()).getSubject()).isEqualTo("u");
    }

    @Test
    void refusesWhatIsNotAToken() {
        assertRefused(null, "empty");
        assertRefused("", "empty");
        assertRefused("not-a-jwt", "not a JWT");
        assertRefused("a.b.c", "not a JWT");
        assertRefused("x".repeat(BearerCredentials.MAX_TOKEN_LENGTH + 1), "longer than 8192");
    }

    @Test
    void aPemKeyVerifiesTokensWhateverKeyIdTheyName() {
        assertThat(verifier.verify(provider.claims("u").keyId("any-id").sign()).getSubject()).isEqualTo("u");
        assertThat(verifier.verify(provider.claims("u").keyId(null).sign()).getSubject()).isEqualTo("u");
    }

    @Test
    void aKeySetVerifiesTokensByTheKeyIdTheyNameAndRefusesAnUnknownOne() {
        TestIdentityProvider second = new TestIdentityProvider();
        String jwks = "{\"keys\": [" + provider.publicJwk().toJSONString() + ", " + second.publicJwk().toJSONString()
                + "]}";
        TokenVerifier fromJwks = TokenVerifier.create(TokenSettings.keyText(jwks, TestIdentityProvider.ISSUER,
                Set.of()), Clock.systemUTC());

        assertThat(fromJwks.verify(provider.claims("first").sign()).getSubject()).isEqualTo("first");
        assertThat(fromJwks.verify(second.claims("second").sign()).getSubject()).isEqualTo("second");
        assertThatThrownBy(() -> fromJwks.verify(provider.claims("u").keyId("unknown-kid").sign()))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("kid 'unknown-kid'");
        assertThatThrownBy(() -> fromJwks.verify(new TestIdentityProvider(2048, provider.keyId()).claims("u").sign()))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("signature does not verify");
    }

    @Test
    void takesASingleJwkAndAKeyFileToo(@TempDir Path folder) throws Exception {
        TokenVerifier fromJwk = TokenVerifier.create(TokenSettings.keyText(provider.publicJwk().toJSONString(),
                TestIdentityProvider.ISSUER, Set.of()), Clock.systemUTC());
        Path file = Files.writeString(folder.resolve("idp.pem"), provider.publicKeyPem());
        TokenVerifier fromFile = TokenVerifier.create(TokenSettings.keyLocation(file.toString(),
                TestIdentityProvider.ISSUER, Set.of()), Clock.systemUTC());
        TokenVerifier fromFileUri = TokenVerifier.create(TokenSettings.keyLocation(file.toUri().toString(),
                TestIdentityProvider.ISSUER, Set.of()), Clock.systemUTC());

        for (TokenVerifier each : new TokenVerifier[] {fromJwk, fromFile, fromFileUri}) {
            assertThat(each.verify(provider.claims("u").sign()).getSubject()).isEqualTo("u");
        }
    }

    @Test
    void refusesAnRsaKeyUnder2048BitsAtStart() {
        TestIdentityProvider weak = new TestIdentityProvider(1024, "weak");

        assertThatThrownBy(() -> TokenVerifier.create(weak.settings(), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1024 bits; at least 2048");
        assertThatThrownBy(() -> TokenVerifier.create(TokenSettings.keyText(weak.jwks(), null, Set.of()),
                Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'weak' has 1024 bits");
    }

    @Test
    void refusesKeysItCannotReadAtStart(@TempDir Path folder) {
        assertThatThrownBy(() -> TokenVerifier.create(TokenSettings.keyText("not a key", null, Set.of()),
                Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PEM");
        assertThatThrownBy(() -> TokenVerifier.create(TokenSettings.keyText("{\"keys\": []}", null, Set.of()),
                Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no RSA signing key");
        assertThatThrownBy(() -> TokenVerifier.create(TokenSettings.keyLocation(folder.resolve("none.pem").toString(),
                null, Set.of()), Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> TokenVerifier.create(TokenSettings.keyLocation("ftp://idp.example/keys", null,
                Set.of()), Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neither an https address nor a file");
        assertThatThrownBy(() -> TokenVerifier.create(TokenSettings.keyText(null, null, Set.of()),
                Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no verification key");
    }

    @Test
    void aVerifierWithoutKeysRefusesEveryTokenSayingWhy() {
        TokenVerifier none = TokenVerifier.refusingAll("the server has no key to verify tokens with");

        assertThatThrownBy(() -> none.verify(provider.claims("u").sign())).isInstanceOf(InvalidTokenException.class)
                .hasMessage("the server has no key to verify tokens with");
    }

    /** A clock the test moves on. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.now();

        void pass(Duration time) {
            now = now.plus(time);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void keepsATokenVerifiedForAMinuteAndChecksItsClaimsEveryTime() {
        MovingClock clock = new MovingClock();
        TokenVerifier kept = TokenVerifier.create(provider.settings(), clock);
        String token = provider.claims("u").expiresIn(Duration.ofSeconds(-30)).sign();

        assertThat(kept.verify(token).getSubject()).isEqualTo("u");
        assertThat(kept.verify(token).getSubject()).isEqualTo("u");
        assertThat(kept.signaturesVerified()).as("the same token's signature checked once").isEqualTo(1);

        clock.pass(Duration.ofSeconds(45));
        assertThatThrownBy(() -> kept.verify(token)).as("expired while kept verified: its claims are checked again")
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("expired");

        String later = provider.claims("v").expiresIn(Duration.ofMinutes(10)).sign();
        assertThat(kept.verify(later).getSubject()).isEqualTo("v");
        clock.pass(Duration.ofSeconds(59));
        kept.verify(later);
        assertThat(kept.signaturesVerified()).isEqualTo(2);
        clock.pass(Duration.ofSeconds(1));
        kept.verify(later);
        assertThat(kept.signaturesVerified()).as("a minute later its signature is checked again").isEqualTo(3);
    }

    @Test
    void takesOnlyTheVerySameTokenAsVerified() throws java.text.ParseException {
        String token = provider.claims("olofstrom-consumer").organisation(ORGANISATION).groups("CONSUMER_STAFF")
                .sign();
        verifier.verify(token);
        String[] parts = token.split("\\.");
        String otherClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(new String(
                Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("CONSUMER_STAFF",
                "PLATFORM_ADMINISTRATOR").getBytes(StandardCharsets.UTF_8));
        char last = parts[2].charAt(parts[2].length() - 2);

        assertRefused(parts[0] + "." + otherClaims + "." + parts[2], "signature does not verify");
        assertRefused(parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2)
                + (last == 'A' ? 'B' : 'A') + parts[2].charAt(parts[2].length() - 1), "signature");
        assertThat(verifier.verify(token).getStringListClaim(CallerClaims.GROUPS_CLAIM)).containsExactly("CONSUMER_STAFF");
    }

    private void assertRefused(String token, String why) {
        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOfSatisfying(InvalidTokenException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.INVALID_TOKEN)).hasMessageContaining(why);
    }
}
