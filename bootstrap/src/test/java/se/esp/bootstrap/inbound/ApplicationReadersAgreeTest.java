package se.esp.bootstrap.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import se.esp.adapter.messaging.inbound.DeadLetterReason;
import se.esp.adapter.messaging.inbound.InboundApplicationHandler;
import se.esp.adapter.messaging.inbound.InboundMessage;
import se.esp.adapter.messaging.inbound.InboundOutcome;
import se.esp.adapter.messaging.inbound.InboundOutcome.Accepted;
import se.esp.adapter.messaging.inbound.InboundOutcome.Rejected;
import se.esp.adapter.web.application.ApplicationResource;
import se.esp.adapter.web.security.RequestIdentity;
import se.esp.adapter.web.testing.HttpHarness;
import se.esp.application.port.in.application.SubmitApplicationCommand;
import se.esp.application.port.in.application.SubmitApplicationUseCase;
import se.esp.application.security.ActingUser;
import se.esp.application.security.UserRole;
import se.esp.domain.application.Answers;
import se.esp.domain.application.Application;
import se.esp.domain.application.ApplicationParticipant;
import se.esp.domain.offering.OfferingId;
import se.esp.domain.organisation.OrganisationId;
import se.esp.domain.participant.ParticipantId;
import se.esp.domain.shared.ApplicationId;
import se.esp.domain.shared.LanguageCode;
import se.esp.domain.shared.OfferingVersionId;

/**
 * The two channels of a submission accept and refuse the same bodies. Both read it with adapters-common's one
 * mapping ({@code application/SubmitApplicationMapping}); this proves that each channel hands it the body unchanged
 * and turns its answer into the same decision: the same body and idempotency key sent to {@code POST
 * /api/applications} (over HTTP, with the web adapter's providers) and as a message to the inbound handler bring
 * equal commands to the use case, or are refused naming the same fields with the same codes (400 and
 * {@code SCHEMA_VIOLATION}), or are both malformed (400 {@code MALFORMED_JSON} and {@code MALFORMED_JSON}). Valid
 * bodies also validate against the documented message schema ({@code schemas/commands/SubmitApplication.v1.json});
 * bodies of the wrong shape do not.
 */
class ApplicationReadersAgreeTest {

    private static final ActingUser CASE_OFFICER = new ActingUser("olofstrom-handlaggare", OrganisationId.newId(),
            EnumSet.of(UserRole.CONSUMER_STAFF));
    private static final String VERSION = UUID.randomUUID().toString();
    private static final Schema SCHEMA = schema();
    /** What the use case was last asked to do, on either channel. */
    private static final AtomicReference<SubmitApplicationCommand> SUBMITTED = new AtomicReference<>();
    private static final SubmitApplicationUseCase USE_CASE = (actor, command) -> {
        SUBMITTED.set(command);
        return new SubmitApplicationUseCase.Submitted(stored(actor), true);
    };

    private static final String PARTICIPANT = """
            {"name": "Amina Yusuf", "preferredLanguage": "ar", "personalIdentityNumber": "19811218-9876",
             "email": "amina@example.se", "phone": "+46701234567",
             "targetGroups": ["NEWLY_ARRIVED", "JOB_SEEKERS"],
             "answers": {"previousEducation": "Gymnasium", "years": 12, "hasWorked": true, "nothing": null}}""";

    /** Bodies both channels accept. */
    private static final Map<String, String> VALID = Map.of(
            "complete", body("\"urgent\": true, \"participants\": [" + PARTICIPANT + "]"),
            "minimal", "{\"offeringVersionId\": \"" + VERSION + "\", \"language\": \"so\", \"earliestStart\": \"2026-12-07\"}",
            "nulls", body("\"urgent\": null, \"participants\": null"),
            "two participants", body("\"participants\": [" + PARTICIPANT + ", {\"name\": \"B\", \"preferredLanguage\": \"so\"}]"));

    /** Bodies both channels refuse as invalid, with whether the schema alone already refuses them. */
    private static final Map<String, Boolean> INVALID = new LinkedHashMap<>();

    static {
        INVALID.put("{}", true);
        INVALID.put("{\"offeringVersionId\": 42, \"language\": \"ar\", \"earliestStart\": \"2026-12-07\"}", true);
        INVALID.put("{\"offeringVersionId\": \"not-a-uuid\", \"language\": \"arabic\", \"earliestStart\": \"7/12\"}",
                false);
        INVALID.put(body("\"urgent\": \"yes\""), true);
        INVALID.put(body("\"colour\": \"blue\""), true);
        INVALID.put(body("\"participants\": {\"name\": \"A\"}"), true);
        INVALID.put(body("\"participants\": [42]"), true);
        INVALID.put(body("\"participants\": [{\"preferredLanguage\": \"ar\"}]"), true);
        INVALID.put(body("\"participants\": [{\"name\": \"A\", \"preferredLanguage\": \"ar\", \"shoeSize\": 42}]"),
                true);
        INVALID.put(body("\"participants\": [{\"name\": \"A\", \"preferredLanguage\": \"ar\","
                + " \"targetGroups\": [\"ASTRONAUTS\", 7]}]"), true);
        INVALID.put(body("\"participants\": [{\"name\": \"A\", \"preferredLanguage\": \"ar\","
                + " \"personalIdentityNumber\": \"19811218-9875\", \"email\": \"not-an-address\"}]"), false);
        INVALID.put(body("\"participants\": [{\"name\": \"A\", \"preferredLanguage\": \"ar\", \"answers\": [1]}]"),
                true);
        INVALID.put(body("\"participants\": [null, {\"name\": \"" + "x".repeat(201) + "\", \"preferredLanguage\": "
                + "\"ar\"}]"), true);
        INVALID.put("{\"offeringVersionId\": \"" + VERSION + "\", \"language\": \"ar\", \"earliestStart\": "
                + "\"1899-12-31\"}", false);
    }

    private static final List<String> MALFORMED = List.of("", "   ", "not json", "{\"offeringVersionId\": ",
            "[1, 2]", "\"text\"", "{\"a\": 1} trailing", body("\"urgent\": true, \"urgent\": false"),
            body("\"urgent\": 1e99999"), "{\"a\": ".repeat(40) + "1" + "}".repeat(40));

    private static HttpHarness rest;
    private static InboundApplicationHandler queue;

    @BeforeAll
    static void start() {
        // only submissions are sent: the resource's other use cases are not needed
        rest = new HttpHarness(CASE_OFFICER, new ApplicationResource(USE_CASE, null, null, null,
                new RequestIdentity()));
        queue = new InboundApplicationHandler(USE_CASE, token -> CASE_OFFICER);
    }

    @AfterAll
    static void stop() {
        rest.close();
    }

    @BeforeEach
    void forget() {
        SUBMITTED.set(null);
    }

    @Test
    void validBodiesBringEqualCommandsToTheUseCase() throws Exception {
        for (Map.Entry<String, String> valid : VALID.entrySet()) {
            String name = valid.getKey();
            String body = valid.getValue();
            for (String key : new String[] {null, "case-2026-0042"}) {
                assertThat(overHttp(body, key).statusCode()).as("REST accepts %s", name).isEqualTo(201);
                SubmitApplicationCommand rest = SUBMITTED.getAndSet(null);
                assertThat(byMessage(body, key)).as("the queue accepts %s", name).isInstanceOf(Accepted.class);
                SubmitApplicationCommand queue = SUBMITTED.getAndSet(null);
                if (key == null) {
                    // without a key of the sender's, a message is keyed by its id so a redelivery creates nothing
                    assertThat(rest.idempotencyKey()).isNull();
                    assertThat(queue.idempotencyKey().value()).startsWith("jms:");
                    assertThat(withoutKey(queue)).as(name).isEqualTo(withoutKey(rest));
                } else {
                    assertThat(queue).as(name + " with key " + key).isEqualTo(rest);
                }
            }
            assertThat(SCHEMA.validate(body, InputFormat.JSON)).as("%s validates against the schema", name).isEmpty();
        }
        byMessage(VALID.get("complete"), "k");
        SubmitApplicationCommand complete = SUBMITTED.get();
        assertThat(complete.participants()).singleElement()
                .satisfies(p -> assertThat(p.answers()).containsOnlyKeys("previousEducation", "years", "hasWorked"));
        assertThat(complete.urgent()).isTrue();
        assertThat(complete.idempotencyKey().value()).isEqualTo("k");
    }

    @Test
    void invalidBodiesNameTheSameFieldsWithTheSameCodesAndReachNoUseCase() throws Exception {
        for (Map.Entry<String, Boolean> invalid : INVALID.entrySet()) {
            String body = invalid.getKey();
            Set<String> rest = refusedOverHttp(body, null);
            Set<String> queue = refusedByMessage(body, null);
            assertThat(rest).as("REST finds %s invalid", body).isNotEmpty();
            assertThat(queue).as(body).isEqualTo(rest);
            if (invalid.getValue()) {
                assertThat(SCHEMA.validate(body, InputFormat.JSON)).as("the schema refuses %s", body).isNotEmpty();
            }
        }
        String withBadKey = VALID.get("minimal");
        assertThat(refusedByMessage(withBadKey, "has spaces in it"))
                .isEqualTo(refusedOverHttp(withBadKey, "has spaces in it"))
                .containsExactly("idempotencyKey INVALID_FORMAT");
        assertThat(SUBMITTED).hasValue(null);
    }

    @Test
    void bodiesThatAreNotOneJsonObjectWithinTheStrictBoundsAreMalformedForBoth() throws Exception {
        for (String body : MALFORMED) {
            HttpResponse<String> response = overHttp(body, null);
            assertThat(response.statusCode()).as("REST on '%s'", body).isEqualTo(400);
            assertThat(json(response).getString("code")).as("REST on '%s'", body).isEqualTo("MALFORMED_JSON");
            assertThat(byMessage(body, null)).as("queue on '%s'", body).isInstanceOfSatisfying(Rejected.class,
                    r -> assertThat(r.reason()).isEqualTo(DeadLetterReason.MALFORMED_JSON));
        }
        assertThat(SUBMITTED).hasValue(null);
    }

    private static HttpResponse<String> overHttp(String body, String key) throws Exception {
        return key == null ? rest.send("POST", "applications", body)
                : rest.send("POST", "applications", body, ApplicationResource.IDEMPOTENCY_KEY, key);
    }

    private static InboundOutcome byMessage(String body, String key) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(InboundApplicationHandler.AUTHORIZATION, "Bearer a-token");
        if (key != null) {
            properties.put(InboundApplicationHandler.IDEMPOTENCY_KEY, key);
        }
        return queue.handle(new InboundMessage(body, properties, "ID:" + UUID.randomUUID(), null));
    }

    private static Set<String> refusedOverHttp(String body, String key) throws Exception {
        HttpResponse<String> response = overHttp(body, key);
        assertThat(response.statusCode()).as(body).isEqualTo(400);
        JsonObject problem = json(response);
        assertThat(problem.getString("code")).as(body).isEqualTo("VALIDATION_FAILED");
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + " " + e.getString("code")).collect(Collectors.toSet());
    }

    private static Set<String> refusedByMessage(String body, String key) {
        InboundOutcome outcome = byMessage(body, key);
        assertThat(outcome).as(body).isInstanceOf(Rejected.class);
        Rejected rejected = (Rejected) outcome;
        assertThat(rejected.reason()).as(body).isEqualTo(DeadLetterReason.SCHEMA_VIOLATION);
        return rejected.violations().stream().map(v -> v.field() + " " + v.code()).collect(Collectors.toSet());
    }

    private static SubmitApplicationCommand withoutKey(SubmitApplicationCommand command) {
        return new SubmitApplicationCommand(command.offeringVersion(), command.language(), command.earliestStart(),
                command.urgent(), command.participants(), null);
    }

    /** Any stored application will do: what is compared is the command, not the answer. */
    private static Application stored(ActingUser actor) {
        return Application.submit(ApplicationId.newId(), actor.organisationId(), actor.userId(), null,
                OfferingId.newId(), OfferingVersionId.parse(VERSION), OrganisationId.newId(),
                List.of(new ApplicationParticipant(ParticipantId.newId(), Set.of(), Answers.none())),
                LanguageCode.of("ar"), LocalDate.of(2026, 12, 7), false, Instant.now()).application();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String body(String more) {
        return "{\"offeringVersionId\": \"" + VERSION + "\", \"language\": \"ar\", \"earliestStart\": \"2026-12-07\", "
                + more + "}";
    }

    private static Schema schema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                        .build()));
        try (InputStream in = ApplicationReadersAgreeTest.class.getClassLoader()
                .getResourceAsStream("schemas/commands/SubmitApplication.v1.json")) {
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
