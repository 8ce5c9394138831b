package se.esp.adapter.messaging.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.esp.adapter.messaging.inbound.SenderVerifier.UnauthenticatedException;
import se.esp.adapter.messaging.testing.TestSigner;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;

class Rs256TokenVerifierTest {

    private static final String ORGANISATION = UUID.randomUUID().toString();
    private final TestSigner signer = new TestSigner();
    private final Rs256TokenVerifier verifier = Rs256TokenVerifier.ofKeyText(signer.publicKeyPem(),
            TestSigner.ISSUER, Set.of(TestSigner.AUDIENCE), Clock.systemUTC());

    @Test
    void readsTheUserTheOrganisationAndTheRolesOfAValidToken() {
        ActingUser user = verifier.verify(signer.token("olofstrom-consumer", ORGANISATION, "consumer-staff",
                "some-idp-group"));

        assertThat(user.userId()).isEqualTo("olofstrom-consumer");
        assertThat(user.organisationId()).hasToString(ORGANISATION);
        assertThat(user.roles()).containsExactly(UserRole.CONSUMER_STAFF);
    }

    @Test
    void refusesNoTokenAForgedOneAnExpiredOneAndOneOfAnotherIssuerOrAudience() {
        TestSigner forger = new TestSigner();
        assertRefused(null, "no bearer token");
        assertRefused("", "no bearer token");
        assertRefused("not-a-jwt", "not a signed JWT");
        assertRefused(forger.token("mallory", ORGANISATION, "CONSUMER_STAFF"), "signature");
        assertRefused(signer.expired("olofstrom-consumer", ORGANISATION, "CONSUMER_STAFF"), "expired");
        assertRefused(signer.token("x", ORGANISATION, Duration.ofMinutes(5), "urn:other", TestSigner.AUDIENCE, null,
                "CONSUMER_STAFF"), "another issuer");
        assertRefused(signer.token("x", ORGANISATION, Duration.ofMinutes(5), TestSigner.ISSUER, "other-app", null,
                "CONSUMER_STAFF"), "another audience");
        assertRefused(signer.token("x", "not-an-id", "CONSUMER_STAFF"), "org_id");
        String valid = signer.token("olofstrom-consumer", ORGANISATION, "CONSUMER_STAFF");
        String[] parts = valid.split("\\.");
        String unsigned = "eyJhbGciOiJub25lIn0." + parts[1] + ".";
        assertRefused(unsigned, "RS256");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        assertRefused(tampered, "");
    }

    @Test
    void findsTheKeyByItsIdInAKeySet() {
        Rs256TokenVerifier fromJwks = Rs256TokenVerifier.ofKeyText(signer.jwks("key-1"), TestSigner.ISSUER, Set.of(),
                Clock.systemUTC());

        ActingUser user = fromJwks.verify(signer.token("u", ORGANISATION, Duration.ofMinutes(5), TestSigner.ISSUER,
                null, "key-1", "CONSUMER_STAFF"));

        assertThat(user.userId()).isEqualTo("u");
        assertThatThrownBy(() -> fromJwks.verify(new TestSigner().token("u", ORGANISATION, Duration.ofMinutes(5),
                TestSigner.ISSUER, null, "key-1", "CONSUMER_STAFF"))).isInstanceOf(UnauthenticatedException.class);
    }

    private void assertRefused(String token, String why) {
        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(UnauthenticatedException.class)
                .hasMessageContaining(why);
    }
}
