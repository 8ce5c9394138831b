package se.esp.adapter.messaging.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.esp.adapter.common.testing.TestIdentityProvider;
import se.esp.adapter.messaging.inbound.InboundOutcome.Rejected;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.shared.ValidationException;
import se.esp.domain.shared.ViolationCode;

/**
 * The sender of an inbound message, identified by adapters-common as the REST API identifies its callers: the
 * {@code authorization} property read like the {@code Authorization} header (plus the bare token), a refusal
 * dead-lettered as {@code UNAUTHENTICATED} with the verifier's words and no use case called.
 */
class SenderIdentificationTest {

    private static final String BODY = "{\"offeringVersionId\": \"" + UUID.randomUUID()
            + "\", \"language\": \"so\", \"earliestStart\": \"2026-12-07\"}";
    private static final ActingUser CASE_OFFICER = new ActingUser("case-officer-7", OrganisationId.newId(),
            EnumSet.of(UserRole.CONSUMER_STAFF));

    private final TestIdentityProvider provider = new TestIdentityProvider();
    private final List<ActingUser> submitters = new ArrayList<>();
    private final InboundApplicationHandler handler = new InboundApplicationHandler((actor, command) -> {
        submitters.add(actor);
        throw ValidationException.of("participants", ViolationCode.UNKNOWN_VALUE, "stops here");
    }, SenderVerifier.of(provider.identities()));

    @Test
    void acceptsTheTokenWithTheSchemeInAnyCaseOrBare() {
        String token = provider.token(CASE_OFFICER);
        for (String authorization : new String[] {"Bearer " + token, "bearer " + token, "BEARER " + token, token}) {
            handler.handle(message(authorization));
        }

        assertThat(submitters).hasSize(4).containsOnly(CASE_OFFICER);
    }

    @Test
    void deadLettersAMessageWithoutOrWithARefusedTokenAsUnauthenticatedSayingWhy() {
        assertUnauthenticated(null, "carries no bearer token");
        assertUnauthenticated("Basic dXNlcjpwYXNz", "the Basic scheme");
        assertUnauthenticated("Bearer ", "empty");
        assertUnauthenticated("Bearer " + new TestIdentityProvider().token(CASE_OFFICER), "signature does not verify");
        assertUnauthenticated(provider.claims("u").expiresIn(Duration.ofHours(-1)).sign(), "expired");
        assertUnauthenticated(provider.claims("u").organisation("not-an-id").sign(), "org_id");
        assertThat(submitters).isEmpty();
    }

    private void assertUnauthenticated(String authorization, String why) {
        InboundOutcome outcome = handler.handle(message(authorization));

        assertThat(outcome).as(authorization).isInstanceOfSatisfying(Rejected.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo(DeadLetterReason.UNAUTHENTICATED);
            assertThat(rejected.detail()).contains(why);
        });
    }

    private static InboundMessage message(String authorization) {
        Map<String, Object> properties = new HashMap<>();
        if (authorization != null) {
            properties.put(InboundApplicationHandler.AUTHORIZATION, authorization);
        }
        return new InboundMessage(BODY, properties, "ID:" + UUID.randomUUID(), null);
    }
}
