package se.esp.bootstrap.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import se.esp.adapter.messaging.inbound.MalformedMessageException;
import se.esp.adapter.messaging.inbound.SubmitApplicationMessages;
import se.esp.adapter.web.application.RestApplicationReader;
import se.esp.adapter.common.json.MalformedJsonException;
import se.esp.application.port.in.application.SubmitApplicationCommand;
import se.esp.domain.shared.ValidationException;

/**
 * The queue reads a submission exactly as the REST API does: for the same body and idempotency key, the messaging
 * adapter's reader and the web adapter's reader produce equal commands, or refuse with the same violated fields and
 * codes, or both find the body malformed. Valid bodies also validate against the documented schema
 * ({@code schemas/commands/SubmitApplication.v1.json}); bodies of the wrong shape do not.
 */
class ApplicationReadersAgreeTest {

    private static final String VERSION = UUID.randomUUID().toString();
    private static final Schema SCHEMA = schema();

    private static final String PARTICIPANT = """
            {"name": "Amina Yusuf", "preferredLanguage": "ar", "personalIdentityNumber": "19811218-9876",
             "email": "amina@example.se", "phone": "+46701234567",
             "targetGroups": ["NEWLY_ARRIVED", "JOB_SEEKERS"],
             "answers": {"previousEducation": "Gymnasium", "years": 12, "hasWorked": true, "nothing": null}}""";

    /** Bodies both readers accept. */
    private static final Map<String, String> VALID = Map.of(
            "complete", body("\"urgent\": true, \"participants\": [" + PARTICIPANT + "]"),
            "minimal", "{\"offeringVersionId\": \"" + VERSION + "\", \"language\": \"so\", \"earliestStart\": \"2026-12-07\"}",
            "nulls", body("\"urgent\": null, \"participants\": null"),
            "two participants", body("\"participants\": [" + PARTICIPANT + ", {\"name\": \"B\", \"preferredLanguage\": \"so\"}]"));

    /** Bodies both readers refuse as invalid, with whether the schema alone already refuses them. */
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
    }

    private static final List<String> MALFORMED = List.of("", "   ", "not json", "{\"offeringVersionId\": ",
            "[1, 2]", "\"text\"");

    @Test
    void validBodiesBecomeEqualCommands() {
        VALID.forEach((name, body) -> {
            for (String key : new String[] {null, "", "case-2026-0042"}) {
                SubmitApplicationCommand rest = RestApplicationReader.read(body, key);
                SubmitApplicationCommand queue = SubmitApplicationMessages.read(body, key);
                assertThat(queue).as(name + " with key " + key).isEqualTo(rest);
            }
            assertThat(SCHEMA.validate(body, InputFormat.JSON)).as("%s validates against the schema", name).isEmpty();
        });
        SubmitApplicationCommand complete = SubmitApplicationMessages.read(VALID.get("complete"), "k");
        assertThat(complete.participants()).singleElement()
                .satisfies(p -> assertThat(p.answers()).containsOnlyKeys("previousEducation", "years", "hasWorked"));
        assertThat(complete.urgent()).isTrue();
        assertThat(complete.idempotencyKey().value()).isEqualTo("k");
    }

    @Test
    void invalidBodiesNameTheSameFieldsWithTheSameCodes() {
        INVALID.forEach((body, schemaRefuses) -> {
            Set<String> rest = violations(RestApplicationReader::read, body, null);
            Set<String> queue = violations(SubmitApplicationMessages::read, body, null);
            assertThat(rest).as("REST finds %s invalid", body).isNotEmpty();
            assertThat(queue).as(body).isEqualTo(rest);
            if (schemaRefuses) {
                assertThat(SCHEMA.validate(body, InputFormat.JSON)).as("the schema refuses %s", body).isNotEmpty();
            }
        });
        String withBadKey = VALID.get("minimal");
        assertThat(violations(SubmitApplicationMessages::read, withBadKey, "has spaces in it"))
                .isEqualTo(violations(RestApplicationReader::read, withBadKey, "has spaces in it"))
                .containsExactly("idempotencyKey INVALID_FORMAT");
    }

    @Test
    void bodiesThatAreNotOneJsonObjectAreMalformedForBoth() {
        for (String body : MALFORMED) {
            assertThat(kind(RestApplicationReader::read, body)).as("REST on '%s'", body).isEqualTo("malformed");
            assertThat(kind(SubmitApplicationMessages::read, body)).as("queue on '%s'", body).isEqualTo("malformed");
        }
        String trailing = "{\"a\": 1} trailing"; // the JSON-P reader stops after the object: both read it the same
        assertThat(kind(SubmitApplicationMessages::read, trailing)).isEqualTo(kind(RestApplicationReader::read, trailing));
    }

    private static Set<String> violations(BiFunction<String, String, SubmitApplicationCommand> reader, String body,
                                          String key) {
        try {
            reader.apply(body, key);
            return Set.of();
        } catch (ValidationException e) {
            return e.violations().stream().map(v -> v.field() + " " + v.code()).collect(Collectors.toSet());
        }
    }

    private static String kind(BiFunction<String, String, SubmitApplicationCommand> reader, String body) {
        try {
            reader.apply(body, null);
            return "read";
        } catch (MalformedJsonException | MalformedMessageException e) {
            return "malformed";
        } catch (ValidationException e) {
            return "invalid";
        }
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
