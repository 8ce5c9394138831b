package se.esp.bootstrap.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import se.esp.adapter.messaging.events.EventEnvelope;
import se.esp.adapter.persistence.memory.InMemoryPersistence;
import se.esp.application.port.out.OutboxEntry;
import se.esp.domain.shared.DomainEvent;

/**
 * The event messages are a published contract: every event the domain can emit, serialized through the outbox
 * and wrapped as the messaging adapter sends it, validates against the envelope schema and its payload schema
 * ({@code adapters-messaging/src/main/resources/schemas/events/}). The event types are found in the domain's
 * classes (the permitted subclasses of every sealed event interface), so a new event type without an example, a
 * serializer or a schema fails here.
 */
class EventSchemasTest {

    private static final String SCHEMAS = "schemas/events/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .build()));

    private static Set<Class<?>> eventTypes;
    private static List<DomainEvent> examples;

    @BeforeAll
    static void findTheDomainsEvents() {
        eventTypes = permittedEventTypes();
        examples = DomainEventExamples.all();
    }

    @Test
    void findsTheDomainsEventTypesInItsSealedInterfaces() {
        assertThat(eventTypes).as("the organisation events at least").extracting(Class::getSimpleName)
                .contains("OrganisationRegistered", "OrganisationUpdated", "OrganisationRolesChanged");
        Set<Class<?>> concrete = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.esp.domain").stream()
                .filter(c -> c.isAssignableTo(DomainEvent.class) && !c.isInterface()
                        && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::reflect)
                .collect(Collectors.toSet());
        assertThat(eventTypes).as("every domain event class belongs to a sealed event interface")
                .containsExactlyInAnyOrderElementsOf(concrete);
    }

    @Test
    void hasAnExampleOfEveryEventType() {
        Set<Class<?>> exemplified = examples.stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(exemplified).as("event types without an example in DomainEventExamples")
                .containsAll(eventTypes);
    }

    @Test
    void everyEventMessageValidatesAgainstTheEnvelopeAndItsPayloadSchema() {
        Schema envelope = schema("envelope.v1.json");
        Map<String, Class<?>> typeNames = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (DomainEvent event : examples) {
            OutboxEntry entry = throughTheOutbox(event);
            String message = EventEnvelope.toJson(entry);
            String what = event.getClass().getSimpleName() + " as " + entry.eventType() + " v" + entry.schemaVersion();

            errors(envelope, message).forEach(e -> problems.add(what + ", envelope: " + e));
            String payloadSchema = entry.eventType() + ".v" + entry.schemaVersion() + ".json";
            if (resource(payloadSchema) == null) {
                problems.add(what + ": no schema " + SCHEMAS + payloadSchema + " in adapters-messaging");
            } else {
                errors(schema(payloadSchema), payload(message)).forEach(e -> problems.add(what + ", payload: " + e));
            }
            Class<?> earlier = typeNames.putIfAbsent(entry.eventType(), event.getClass());
            if (earlier != null && earlier != event.getClass()) {
                problems.add(what + ": the event type name is also used by " + earlier.getSimpleName());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void rejectsAMessageThatBreaksItsSchema() {
        OutboxEntry entry = throughTheOutbox(examples.get(0));
        String message = EventEnvelope.toJson(entry);
        JsonObject payload = Json.createReader(new StringReader(payload(message))).readObject();
        String withoutAField = Json.createObjectBuilder(payload).remove(payload.keySet().iterator().next()).build()
                .toString();
        String withAnInvalidEventId = message.replace(entry.eventId().toString(), "not-a-uuid");

        assertThat(errors(schema(entry.eventType() + ".v" + entry.schemaVersion() + ".json"), withoutAField))
                .isNotEmpty();
        assertThat(errors(schema("envelope.v1.json"), withAnInvalidEventId)).isNotEmpty();
    }

    /** The permitted subclasses, transitively, of every sealed interface in the domain that extends DomainEvent. */
    private static Set<Class<?>> permittedEventTypes() {
        Set<Class<?>> found = new LinkedHashSet<>();
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.esp.domain").stream()
                .filter(c -> c.isInterface() && c.isAssignableTo(DomainEvent.class))
                .map(JavaClass::reflect)
                .filter(Class::isSealed)
                .forEach(sealed -> collectPermitted(sealed, found));
        return found;
    }

    private static void collectPermitted(Class<?> sealed, Set<Class<?>> found) {
        for (Class<?> permitted : sealed.getPermittedSubclasses()) {
            if (permitted.isSealed()) {
                collectPermitted(permitted, found);
            }
            if (!permitted.isInterface() && !java.lang.reflect.Modifier.isAbstract(permitted.getModifiers())) {
                found.add(permitted);
            }
        }
    }

    private static OutboxEntry throughTheOutbox(DomainEvent event) {
        InMemoryPersistence storage = new InMemoryPersistence();
        storage.transactions().inTransaction(() -> storage.outbox().append(event));
        List<OutboxEntry> entries = storage.transactions().inTransaction(() -> storage.outbox().unpublished(2));
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private static String payload(String message) {
        return Json.createReader(new StringReader(message)).readObject().getJsonObject("payload").toString();
    }

    private static List<String> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static Schema schema(String file) {
        try (InputStream in = resource(file)) {
            assertThat(in).as(SCHEMAS + file).isNotNull();
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource(String file) {
        return EventSchemasTest.class.getClassLoader().getResourceAsStream(SCHEMAS + file);
    }
}
