package se.esp.bootstrap.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import se.esp.adapter.common.identity.BearerCredentials;
import se.esp.adapter.common.identity.BearerIdentities;
import se.esp.adapter.common.testing.TestIdentityProvider;
import se.esp.adapter.messaging.inbound.InboundApplicationHandler;
import se.esp.adapter.messaging.inbound.InboundMessage;
import se.esp.adapter.messaging.inbound.InboundOutcome;
import se.esp.adapter.messaging.inbound.InboundOutcome.Accepted;
import se.esp.adapter.messaging.inbound.InboundOutcome.Rejected;
import se.esp.adapter.messaging.inbound.SenderVerifier;
import se.esp.adapter.web.application.ApplicationResource;
import se.esp.adapter.web.security.RequestIdentity;
import se.esp.adapter.web.testing.ApiServer;

/**
 * The two ways in — {@code POST /api/applications} and a message on the inbound queue — accept and refuse exactly the
 * same submissions. Each {@link Case} is sent down both channels (REST through the production resources and
 * providers on Jersey, the queue through {@link InboundApplicationHandler}) over the same real application services,
 * both identifying callers with one and the same {@link BearerIdentities}, as the server does; each channel's answer
 * is reduced to an {@link Outcome} and both must be the case's.
 *
 * <p>To add a case, add a line to {@link #CASES}: a name, the {@code Authorization} value (the message carries the same
 * text in its {@code authorization} property; {@code null}: none), the JSON body and the outcome expected of both.
 * Credentials and bodies are made per channel from the {@link Fixture} (organisation ids, the offering version, a
 * fresh participant each time), so a case never collides with another. A new kind of refusal gets an {@link Outcome}
 * and a line in both {@code restOutcome} and {@code queueOutcome}.</p>
 */
class ChannelsAgreeTest {

    /** What a channel did with a submission, in terms both channels share. */
    enum Outcome {
        /** An application was made (REST 201/200; the queue {@code Accepted}). */
        ACCEPTED,
        /** No usable identity (REST 401; the queue {@code UNAUTHENTICATED}). */
        UNAUTHENTICATED,
        /** Identified, but may not apply (REST 403; the queue {@code ACCESS_DENIED}). */
        FORBIDDEN,
        /** The body is not one JSON object (REST 400 {@code MALFORMED_JSON}; the queue {@code MALFORMED_JSON}). */
        MALFORMED,
        /** The body is not a valid submission (REST 400 naming fields; the queue a schema or validation refusal). */
        INVALID,
        /** Anything else; the detail says what. */
        OTHER
    }

    /** One submission sent down both channels. */
    record Case(String name, Credentials credentials, Body body, Outcome expected) {

        @Override
        public String toString() {
            return name + " → " + expected;
        }
    }

    /** The {@code Authorization} value of a case, or {@code null} for none. */
    @FunctionalInterface
    interface Credentials {
        String authorization(Fixture fixture);
    }

    /** The JSON body of a case. */
    @FunctionalInterface
    interface Body {
        String json(Fixture fixture);

        /** A valid submission of one new participant to the demo's Arabic study guidance. */
        static Body valid() {
            return Fixture::validBody;
        }

        static Body literal(String json) {
            return fixture -> json;
        }
    }

    /** What cases are made of: the world's organisations and offering, and the identity provider both trust. */
    static final class Fixture {

        final InboundWorld world;
        final TestIdentityProvider identityProvider;
        final String olofstrom;
        final String versionId;

        Fixture(InboundWorld world) {
            this.world = world;
            this.identityProvider = world.identityProvider;
            this.olofstrom = world.organisationId(InboundWorld.OLOFSTROM);
            this.versionId = world.versionId(InboundWorld.ARABIC_STUDY_GUIDANCE);
        }

        /** A case officer of Olofström, as the provider issues her token; change what the case is about. */
        TestIdentityProvider.Claims caseOfficer() {
            return identityProvider.claims("case-officer@olofstrom").organisation(olofstrom).groups("CONSUMER_STAFF");
        }

        String validBody() {
            return world.validBody(versionId);
        }
    }

    private static final List<Case> CASES = List.of(
            // accepted: the scheme in any case, the claims as identity providers send them
            new Case("Bearer", f -> "Bearer " + f.caseOfficer().sign(), Body.valid(), Outcome.ACCEPTED),
            new Case("bearer in lower case", f -> "bearer " + f.caseOfficer().sign(), Body.valid(), Outcome.ACCEPTED),
            new Case("BEARER in upper case", f -> "BEARER " + f.caseOfficer().sign(), Body.valid(), Outcome.ACCEPTED),
            new Case("spaces around the token", f -> "Bearer    " + f.caseOfficer().sign() + "  ", Body.valid(),
                    Outcome.ACCEPTED),
            new Case("groups in lower case with hyphens", f -> "Bearer " + f.caseOfficer().groups("consumer-staff",
                    "idp-group").sign(), Body.valid(), Outcome.ACCEPTED),
            new Case("upn without sub", f -> "Bearer " + f.caseOfficer().without("sub").claim("upn",
                    "case-officer@olofstrom.se").sign(), Body.valid(), Outcome.ACCEPTED),
            new Case("typ at+jwt", f -> "Bearer " + f.caseOfficer().type("at+jwt").sign(), Body.valid(),
                    Outcome.ACCEPTED),
            new Case("expired 30 s ago, within the clock skew", f -> "Bearer " + f.caseOfficer()
                    .expiresIn(Duration.ofSeconds(-30)).sign(), Body.valid(), Outcome.ACCEPTED),
            new Case("aud naming several audiences, ours among them", f -> "Bearer " + f.caseOfficer()
                    .claim("aud", List.of("other-app", TestIdentityProvider.AUDIENCE)).sign(), Body.valid(),
                    Outcome.ACCEPTED),
            // no usable identity
            new Case("no credentials", f -> null, Body.valid(), Outcome.UNAUTHENTICATED),
            new Case("another scheme", f -> "Basic Y2FzZS1vZmZpY2VyOmRlbW8=", Body.valid(), Outcome.UNAUTHENTICATED),
            new Case("the scheme without a token", f -> "Bearer", Body.valid(), Outcome.UNAUTHENTICATED),
            new Case("a token longer than 8 KiB", f -> "Bearer " + f.caseOfficer().claim("padding",
                    "x".repeat(BearerCredentials.MAX_TOKEN_LENGTH)).sign(), Body.valid(), Outcome.UNAUTHENTICATED),
            new Case("not a JWT", f -> "Bearer not.a.jwt", Body.valid(), Outcome.UNAUTHENTICATED),
            new Case("expired", f -> "Bearer " + f.caseOfficer().expiresIn(Duration.ofMinutes(-5)).sign(),
                    Body.valid(), Outcome.UNAUTHENTICATED),
            new Case("not valid yet", f -> "Bearer " + f.caseOfficer().notBeforeIn(Duration.ofMinutes(5)).sign(),
                    Body.valid(), Outcome.UNAUTHENTICATED),
            new Case("no expiry", f -> "Bearer " + f.caseOfficer().without("exp").sign(), Body.valid(),
                    Outcome.UNAUTHENTICATED),
            new Case("another issuer", f -> "Bearer " + f.caseOfficer().issuer("https://idp.evil.example").sign(),
                    Body.valid(), Outcome.UNAUTHENTICATED),
            new Case("another audience", f -> "Bearer " + f.caseOfficer().audience("another-app").sign(),
                    Body.valid(), Outcome.UNAUTHENTICATED),
            new Case("signed by another key", f -> "Bearer " + new TestIdentityProvider().claims("mallory")
                    .organisation(f.olofstrom).groups("CONSUMER_STAFF").sign(), Body.valid(), Outcome.UNAUTHENTICATED),
            new Case("alg none", f -> "Bearer " + f.caseOfficer().unsigned(), Body.valid(), Outcome.UNAUTHENTICATED),
            new Case("HS256 with the public key as secret", f -> "Bearer " + f.caseOfficer()
                    .signHs256WithThePublicKey(), Body.valid(), Outcome.UNAUTHENTICATED),
            new Case("an unknown critical header", f -> "Bearer " + f.caseOfficer().critical("urn:example:policy",
                    "strict").sign(), Body.valid(), Outcome.UNAUTHENTICATED),
            new Case("no sub or upn", f -> "Bearer " + f.caseOfficer().without("sub").sign(), Body.valid(),
                    Outcome.UNAUTHENTICATED),
            new Case("a malformed org_id", f -> "Bearer " + f.caseOfficer().organisation("olofstrom").sign(),
                    Body.valid(), Outcome.UNAUTHENTICATED),
            // identified, but the use case refuses the user: the same user on both channels
            new Case("supplier staff", f -> "Bearer " + f.caseOfficer().groups("SUPPLIER_STAFF").sign(), Body.valid(),
                    Outcome.FORBIDDEN),
            new Case("only groups eSP does not know", f -> "Bearer " + f.caseOfficer().groups("staff", "admins")
                    .sign(), Body.valid(), Outcome.FORBIDDEN),
            new Case("consumer staff of no organisation", f -> "Bearer " + f.caseOfficer().without("org_id").sign(),
                    Body.valid(), Outcome.FORBIDDEN),
            // the body, read alike (ApplicationReadersAgreeTest compares the readers themselves)
            new Case("a body that is not JSON", f -> "Bearer " + f.caseOfficer().sign(), Body.literal("not json"),
                    Outcome.MALFORMED),
            new Case("an empty object", f -> "Bearer " + f.caseOfficer().sign(), Body.literal("{}"),
                    Outcome.INVALID),
            // hostile bodies: refused alike, before any arithmetic
            new Case("data after the object", f -> "Bearer " + f.caseOfficer().sign(),
                    f -> f.validBody() + " {}", Outcome.MALFORMED),
            new Case("a key given twice", f -> "Bearer " + f.caseOfficer().sign(),
                    f -> "{\"offeringVersionId\": \"" + f.versionId + "\", " + f.validBody().substring(1),
                    Outcome.MALFORMED),
            new Case("a number with a huge exponent", f -> "Bearer " + f.caseOfficer().sign(),
                    Body.literal("{\"participants\": 1e1000000}"), Outcome.MALFORMED),
            new Case("a 5 000-digit number", f -> "Bearer " + f.caseOfficer().sign(),
                    Body.literal("{\"participants\": " + "9".repeat(5000) + "}"), Outcome.MALFORMED),
            new Case("nesting 100 000 deep", f -> "Bearer " + f.caseOfficer().sign(),
                    Body.literal("{\"participants\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}"),
                    Outcome.MALFORMED),
            new Case("an array instead of an object", f -> "Bearer " + f.caseOfficer().sign(), Body.literal("[]"),
                    Outcome.MALFORMED),
            new Case("an unknown field beside a valid submission", f -> "Bearer " + f.caseOfficer().sign(),
                    f -> "{\"discount\": 100, " + f.validBody().substring(1), Outcome.INVALID),
            new Case("a year before 1900", f -> "Bearer " + f.caseOfficer().sign(),
                    f -> f.validBody().replaceFirst("\"earliestStart\":\"[^\"]*\"", "\"earliestStart\":\"0000-01-01\""),
                    Outcome.INVALID));

    private static InboundWorld world;
    private static Fixture fixture;
    private static ApiServer rest;
    private static InboundApplicationHandler queue;
    private static final AtomicInteger SENT = new AtomicInteger();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void bothChannelsOverTheSameServicesAndIdentification() {
        world = new InboundWorld();
        fixture = new Fixture(world);
        BearerIdentities identities = world.identityProvider.identities();
        rest = ApiServer.start(identities, new ApplicationResource(world.applications, world.applications,
                world.applications, world.applications, new RequestIdentity()));
        queue = new InboundApplicationHandler(world.applications, SenderVerifier.of(identities));
    }

    @AfterAll
    static void stop() {
        rest.close();
    }

    @TestFactory
    Stream<DynamicTest> everyCaseHasTheSameOutcomeOnBothChannels() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            String authorization = c.credentials().authorization(fixture);
            String restAnswer = overRest(authorization, c.body().json(fixture));
            String queueAnswer = overQueue(authorization, c.body().json(fixture));

            assertThat(List.of(outcome(restAnswer), outcome(queueAnswer)))
                    .as("%s: REST answered %s, the queue %s", c.name(), restAnswer, queueAnswer)
                    .containsExactly(c.expected(), c.expected());
        }));
    }

    @Test
    void theCasesCoverEveryKindOfIdentityRefusal() {
        assertThat(CASES.stream().map(Case::expected)).contains(Outcome.ACCEPTED, Outcome.UNAUTHENTICATED,
                Outcome.FORBIDDEN);
        assertThat(CASES.stream().map(Case::name)).doesNotHaveDuplicates();
    }

    /**
     * The one difference, on purpose: a message's property may carry the bare token (senders were told they may),
     * an {@code Authorization} header may not (RFC 6750 needs the scheme). The token itself is judged alike.
     */
    @Test
    void onlyTheQueueTakesTheBareTokenWithoutTheScheme() throws Exception {
        String token = fixture.caseOfficer().sign();

        assertThat(outcome(overRest(token, fixture.validBody()))).isEqualTo(Outcome.UNAUTHENTICATED);
        assertThat(outcome(overQueue(token, fixture.validBody()))).isEqualTo(Outcome.ACCEPTED);
        String forged = new TestIdentityProvider().claims("mallory").organisation(fixture.olofstrom)
                .groups("CONSUMER_STAFF").sign();
        assertThat(outcome(overQueue(forged, fixture.validBody()))).isEqualTo(Outcome.UNAUTHENTICATED);
    }

    /** The REST answer as {@code "<status> <code>"}, e.g. {@code "201"}, {@code "401 NOT_AUTHENTICATED"}. */
    private String overRest(String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(rest.base().resolve("applications"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")
                .header(ApplicationResource.IDEMPOTENCY_KEY, "rest-" + SENT.incrementAndGet());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() < 300) {
            return "REST " + response.statusCode();
        }
        JsonObject problem = Json.createReader(new StringReader(response.body())).readObject();
        return "REST " + response.statusCode() + " " + problem.getString("code", "?") + ": "
                + problem.getString("detail", "");
    }

    /** The queue's answer as {@code "ACCEPTED"} or {@code "<reason>: <detail>"}. */
    private static String overQueue(String authorization, String body) {
        Map<String, Object> properties = new HashMap<>();
        if (authorization != null) {
            properties.put(InboundApplicationHandler.AUTHORIZATION, authorization);
        }
        properties.put(InboundApplicationHandler.IDEMPOTENCY_KEY, "queue-" + SENT.incrementAndGet());
        InboundOutcome outcome = queue.handle(new InboundMessage(body, properties, "ID:" + UUID.randomUUID(), null));
        if (outcome instanceof Accepted accepted) {
            return "QUEUE ACCEPTED " + accepted.applicationStatus();
        }
        Rejected rejected = (Rejected) outcome;
        return "QUEUE " + rejected.reason() + ": " + rejected.detail();
    }

    /** Either channel's answer as an outcome both share. */
    static Outcome outcome(String answer) {
        if (answer.startsWith("REST ")) {
            String status = answer.substring(5, 8);
            return switch (status) {
                case "200", "201" -> Outcome.ACCEPTED;
                case "401" -> Outcome.UNAUTHENTICATED;
                case "403" -> Outcome.FORBIDDEN;
                case "400" -> answer.startsWith("REST 400 MALFORMED_JSON") ? Outcome.MALFORMED : Outcome.INVALID;
                default -> Outcome.OTHER;
            };
        }
        String reason = answer.substring("QUEUE ".length()).split("[ :]", 2)[0];
        return switch (reason) {
            case "ACCEPTED" -> Outcome.ACCEPTED;
            case "UNAUTHENTICATED" -> Outcome.UNAUTHENTICATED;
            case "ACCESS_DENIED" -> Outcome.FORBIDDEN;
            case "MALFORMED_JSON" -> Outcome.MALFORMED;
            case "SCHEMA_VIOLATION", "VALIDATION_FAILED" -> Outcome.INVALID;
            default -> Outcome.OTHER;
        };
    }
}
